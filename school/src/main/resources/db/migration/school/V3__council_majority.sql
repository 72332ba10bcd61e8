-- Of whom a council decision needs a majority (issue 11): the members present (the default), or the votes cast.
ALTER TABLE school.schools ADD COLUMN council_majority varchar(20) NOT NULL DEFAULT 'OF_PRESENT';
