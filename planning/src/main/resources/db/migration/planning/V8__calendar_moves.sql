-- The moves an entry has received, one key per distinct move (from which day, to which day and time, where).
-- The events carry no sequence of their own: the calendar merges them by what they say, so that any order of
-- arrival ends in the same entry (see CalendarEntry#moved), and counts its SEQUENCE from them.
ALTER TABLE planning.calendar_entries ADD COLUMN moves text[] NOT NULL DEFAULT '{}';
