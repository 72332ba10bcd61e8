-- Volume for the plans in this folder: 500 schools with ten school years (2016-2025) of calendar entries,
-- notices, councils with sessions, signed protocols and tasks, and association sessions. Run after the
-- migrations on a scratch database:  psql -d scratch -f volume.sql  (a few minutes), then ANALYZE.
-- Deterministic (setseed), made with generate_series; the bench module's generator makes the national set.
SELECT setseed(0.12);

CREATE TEMP TABLE s AS
SELECT gen_random_uuid() AS school, n FROM generate_series(1, 500) n;

-- About a hundred calendar entries per school and year; a month of them still ahead.
INSERT INTO planning.calendar_entries (id, school_id, source, source_id, kind, title, association_id, starts_on,
    ends_on, time, state, sequence, version)
SELECT gen_random_uuid(), s.school, 'ASSOCIATION_SESSION', gen_random_uuid(), 'SESSION', 'Session ' || k, NULL,
    d, d, time '14:30', CASE WHEN d > date '2026-12-02' THEN 'SCHEDULED' ELSE 'HELD' END, 0, 0
FROM s, generate_series(1, 1000) k,
     LATERAL (SELECT date '2016-09-01' + ((k * 37 + s.n) % 3800) AS d) day;

-- Six hundred notices per person for 2,000 people over the years; the last few unread.
CREATE TEMP TABLE people AS
SELECT gen_random_uuid() AS staff, s.school, p FROM s, generate_series(1, 4) p;
INSERT INTO planning.deliveries (id, school_id, staff_id, channel, notice_key, entry_id, notice, subject, body,
    language, created_at, read_at)
SELECT gen_random_uuid(), e.school_id, p.staff, 'INBOX', 'n:' || p.staff || ':' || e.id, e.id, 'SCHEDULED',
    'Subject', 'Body', 'ky', e.starts_on - 7, CASE WHEN e.starts_on < date '2026-11-20' THEN e.starts_on ELSE NULL END
FROM people p JOIN LATERAL (SELECT id, school_id, starts_on FROM planning.calendar_entries
    WHERE school_id = p.school ORDER BY id LIMIT 600) e ON true;

-- A council a year, five sessions each with a signed protocol, three tasks per protocol.
CREATE TEMP TABLE c AS
SELECT gen_random_uuid() AS council, s.school, y FROM s, generate_series(2016, 2026) y;
INSERT INTO council.councils (id, school_id, school_year, chair, version)
SELECT council, school, y, gen_random_uuid(), 0 FROM c;
CREATE TEMP TABLE cs AS
SELECT gen_random_uuid() AS session, gen_random_uuid() AS protocol, c.*, k FROM c, generate_series(1, 5) k;
INSERT INTO council.sessions (id, school_id, council_id, date, time, year_end, status, version)
SELECT session, school, council, make_date(y, 9, 1) + k * 50, time '15:00', k = 5, 'HELD', 0 FROM cs;
INSERT INTO council.protocols (id, school_id, council_id, session_id, session_date, present, members, status,
    signed_on, version, frozen)
SELECT protocol, school, council, session, make_date(y, 9, 1) + k * 50, 7, 9, 'SIGNED', make_date(y, 9, 2) + k * 50,
    0, '{}'::jsonb FROM cs;
INSERT INTO council.tasks (id, school_id, council_id, protocol_id, item, text, responsible, due_on, done_on,
    due_announced, overdue_announced, version)
SELECT gen_random_uuid(), school, council, protocol, t, 'Task', gen_random_uuid(), make_date(y, 9, 20) + k * 50,
    CASE WHEN y < 2026 THEN make_date(y, 9, 18) + k * 50 END, true, false, 0
FROM cs, generate_series(0, 2) t;

ANALYZE;
