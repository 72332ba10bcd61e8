-- 001 plan header: "adopted by the pedagogical council's resolution № … of …". The work plan and the school's theme
-- keep the resolution that adopted them: the council's session and question (the reference), and the number and day
-- as they read when it was recorded.
ALTER TABLE planning.work_plans ADD COLUMN adopted_session uuid;
ALTER TABLE planning.work_plans ADD COLUMN adopted_item integer;
ALTER TABLE planning.work_plans ADD COLUMN adopted_number integer;
ALTER TABLE planning.work_plans ADD COLUMN adopted_date date;

ALTER TABLE planning.school_themes ADD COLUMN adopted_session uuid;
ALTER TABLE planning.school_themes ADD COLUMN adopted_item integer;
ALTER TABLE planning.school_themes ADD COLUMN adopted_number integer;
ALTER TABLE planning.school_themes ADD COLUMN adopted_date date;
