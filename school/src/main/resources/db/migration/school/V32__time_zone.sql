-- The school's time zone (issue 13): its "today", signing times, reminders and calendar feed are read in it,
-- never in the server's zone.
ALTER TABLE school.schools ADD COLUMN time_zone varchar(64) NOT NULL DEFAULT 'Asia/Bishkek';
