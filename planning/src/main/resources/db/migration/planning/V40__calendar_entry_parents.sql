-- Issue 14: a mentorship's meeting is an entry of its own, but its page is the mentorship's: the entry keeps that id.
ALTER TABLE planning.calendar_entries ADD COLUMN parent_id uuid;
