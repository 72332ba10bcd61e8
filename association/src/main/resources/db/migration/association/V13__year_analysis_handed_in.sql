-- 004 papers 4, plan I.12: the association's year analysis is handed in: to whom, when, by whom.
ALTER TABLE association.year_ends ADD COLUMN handed_to varchar(30);
ALTER TABLE association.year_ends ADD COLUMN handed_on date;
ALTER TABLE association.year_ends ADD COLUMN handed_by uuid;
