-- The main queries of the pages and jobs, on the volume of volume.sql (PostgreSQL 15 here; the app runs 18).
\pset pager off
\echo '== Reminder scan (job, every day): scheduled entries of every school in the next month'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id from planning.calendar_entries
where state = 'SCHEDULED' and starts_on > date '2026-12-02' and starts_on <= date '2027-01-02';

\echo '== Calendar month of a school (/calendar?month=2026-11), after ten years of history'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM planning.calendar_entries
WHERE school_id = (SELECT school_id FROM planning.calendar_entries LIMIT 1)
  AND starts_on <= date '2026-11-30' AND ends_on >= date '2026-11-01' ORDER BY starts_on, time;

\echo '== Unread notices beside "Notices" (every page)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select count(*) from planning.deliveries
where staff_id = (SELECT staff_id FROM planning.deliveries LIMIT 1) and channel = 'INBOX' and read_at is null;

\echo '== The inbox (/inbox): the latest notices of a person'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
select id, subject, body, created_at, read_at is null from planning.deliveries
where staff_id = (SELECT staff_id FROM planning.deliveries LIMIT 1) and channel = 'INBOX'
order by created_at desc limit 50;

\echo '== Council tasks page (/council/{id}/tasks)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM council.tasks WHERE council_id = (SELECT id FROM council.councils LIMIT 1) ORDER BY due_on;

\echo '== Signed protocols of a council (the council page and its rules of the year)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT session_id FROM council.protocols
WHERE council_id = (SELECT id FROM council.councils LIMIT 1) AND status = 'SIGNED';

\echo '== The council of a school year (/council)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM council.councils WHERE school_id = (SELECT school_id FROM council.councils LIMIT 1) AND school_year = 2026;

\echo '== Task announcements (job, every day): open tasks due by a day'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM council.tasks WHERE done_on IS NULL AND due_on <= date '2026-12-20';

\echo '== Frozen-paper backfill at start: signed protocols without a paper'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM council.protocols WHERE status = 'SIGNED' AND frozen IS NULL LIMIT 500;
