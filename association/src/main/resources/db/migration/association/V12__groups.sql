-- 002 §2.1, 003 §3.1: creative and problem groups are associations that work on a problem instead of subjects.
ALTER TABLE association.associations ADD COLUMN problem varchar(500);
