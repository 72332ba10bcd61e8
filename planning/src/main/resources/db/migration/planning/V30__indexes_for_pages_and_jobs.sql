-- Indexes for what the pages and jobs ask every day, so that they stay as fast after ten years as after one
-- (issue 12; plans in docs/performance/).
-- The reminder scan: scheduled entries of every school starting in the next month.
CREATE INDEX calendar_entries_scheduled_by_day ON planning.calendar_entries (starts_on) WHERE state = 'SCHEDULED';
-- A month or week of a school's calendar: entries that end on or after its first day (the past years drop out at once).
CREATE INDEX calendar_entries_by_school_and_end ON planning.calendar_entries (school_id, ends_on);
-- The unread count beside "Notices" on every page: only the unread rows, however many notices a person has had.
CREATE INDEX deliveries_unread ON planning.deliveries (staff_id) WHERE channel = 'INBOX' AND read_at IS NULL;
