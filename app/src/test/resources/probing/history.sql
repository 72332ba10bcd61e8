-- Years of history for one school (:school), copied from what the world seeded this year: for each of :years past
-- years, seven sessions of each association with their agendas, attendance and protocols, the activities, a council
-- with its sessions, protocols and tasks, calendar entries with their people, notices, and work plans with items.
-- Dates move back by whole years (and a month per copy) so that only past years grow.
WITH copies AS (
    SELECT s.*, gen_random_uuid() AS copy_id, y, k
    FROM association.sessions s, generate_series(1, :years) y, generate_series(0, 6) k
    WHERE s.school_id = :school AND s.date <= current_date
), sessions AS (
    INSERT INTO association.sessions (id, school_id, association_id, association_name, date, time, place, status,
        cancel_reason, version)
    SELECT copy_id, school_id, association_id, association_name, (date - make_interval(years => y, months => k))::date,
        time, place, status, cancel_reason, 0 FROM copies
), agendas AS (
    INSERT INTO association.agenda_items (session_id, position, title, speaker)
    SELECT c.copy_id, a.position, a.title, a.speaker FROM copies c JOIN association.agenda_items a ON a.session_id = c.id
), attendance AS (
    INSERT INTO association.session_participants (session_id, staff_id, present)
    SELECT c.copy_id, p.staff_id, p.present FROM copies c JOIN association.session_participants p ON p.session_id = c.id
), protocols AS (
    SELECT p.*, c.copy_id AS session_copy, gen_random_uuid() AS protocol_copy, c.y, c.k
    FROM copies c JOIN association.protocols p ON p.session_id = c.id
), protocol_rows AS (
    INSERT INTO association.protocols (id, school_id, association_id, session_id, session_date, corrects,
        secretary_signs, status, signed_on, version)
    SELECT protocol_copy, school_id, association_id, session_copy,
        (session_date - make_interval(years => y, months => k))::date, NULL, secretary_signs, status, signed_on, 0
    FROM protocols
)
INSERT INTO association.protocol_entries (protocol_id, position, question, considered, decision, proposals)
SELECT p.protocol_copy, e.position, e.question, e.considered, e.decision, e.proposals
FROM protocols p JOIN association.protocol_entries e ON e.protocol_id = p.id;

INSERT INTO association.activities (id, school_id, association_id, kind, title, responsible, visited, date, until, time,
    class_group, plan, status, outcome, analysis, cancel_reason, version)
SELECT gen_random_uuid(), school_id, association_id, kind, title, responsible, visited,
    (date - make_interval(years => y, months => k))::date, NULL, time, class_group, plan, status, outcome, analysis,
    cancel_reason, 0
FROM association.activities, generate_series(1, :years) y, generate_series(0, 6) k
WHERE school_id = :school;

WITH councils AS (
    SELECT c.*, gen_random_uuid() AS copy_id, y FROM council.councils c, generate_series(1, :years) y
    WHERE c.school_id = :school
), council_rows AS (
    INSERT INTO council.councils (id, school_id, school_year, body, chair, secretary, secretary_elected_at, version)
    SELECT copy_id, school_id, school_year - y, body, chair, secretary, NULL, 0 FROM councils
), seats AS (
    INSERT INTO council.seats (council_id, position, staff_id, role, association, since, until)
    SELECT c.copy_id, s.position, s.staff_id, s.role, s.association, (s.since - make_interval(years => c.y))::date,
        (s.until - make_interval(years => c.y))::date
    FROM councils c JOIN council.seats s ON s.council_id = c.id
), sessions AS (
    SELECT s.*, c.copy_id AS council_copy, gen_random_uuid() AS session_copy, c.y
    FROM councils c JOIN council.sessions s ON s.council_id = c.id
), session_rows AS (
    INSERT INTO council.sessions (id, school_id, council_id, date, time, place, year_end, status, cancel_reason,
        version)
    SELECT session_copy, school_id, council_copy, (date - make_interval(years => y))::date, time, place, year_end,
        status, cancel_reason, 0 FROM sessions
), protocols AS (
    SELECT p.*, s.council_copy, s.session_copy, gen_random_uuid() AS protocol_copy, s.y
    FROM sessions s JOIN council.protocols p ON p.session_id = s.id
), protocol_rows AS (
    INSERT INTO council.protocols (id, school_id, council_id, session_id, session_date, corrects, present, members,
        status, signed_on, version)
    SELECT protocol_copy, school_id, council_copy, session_copy, (session_date - make_interval(years => y))::date,
        NULL, present, members, status, (signed_on - make_interval(years => y))::date, 0 FROM protocols
), entries AS (
    INSERT INTO council.protocol_entries (protocol_id, position, question, considered, decision, kind, teacher,
        document, responsible, due_on, votes_for, votes_against, abstained)
    SELECT p.protocol_copy, e.position, e.question, e.considered, e.decision, e.kind, e.teacher, e.document,
        e.responsible, (e.due_on - make_interval(years => p.y))::date, e.votes_for, e.votes_against, e.abstained
    FROM protocols p JOIN council.protocol_entries e ON e.protocol_id = p.id
)
INSERT INTO council.tasks (id, school_id, council_id, protocol_id, item, text, responsible, due_on, done_on,
    due_announced, overdue_announced, version)
SELECT gen_random_uuid(), t.school_id, p.council_copy, p.protocol_copy, t.item, t.text, t.responsible,
    (t.due_on - make_interval(years => p.y))::date, (t.due_on - make_interval(years => p.y))::date, true, false, 0
FROM protocols p JOIN council.tasks t ON t.protocol_id = p.id;

WITH entries AS (
    SELECT e.*, gen_random_uuid() AS copy_id, y, k
    FROM planning.calendar_entries e, generate_series(1, :years) y, generate_series(0, 6) k
    WHERE e.school_id = :school
), entry_rows AS (
    INSERT INTO planning.calendar_entries (id, school_id, source, source_id, kind, title, detail, association_id,
        starts_on, ends_on, time, place, state, sequence, version)
    SELECT copy_id, school_id, source, gen_random_uuid(), kind, title, detail, association_id,
        (starts_on - make_interval(years => y, months => k))::date,
        (ends_on - make_interval(years => y, months => k))::date, time, place, state, sequence, 0 FROM entries
), people AS (
    INSERT INTO planning.calendar_people (entry_id, staff_id)
    SELECT e.copy_id, p.staff_id FROM entries e JOIN planning.calendar_people p ON p.entry_id = e.id
)
INSERT INTO planning.deliveries (id, school_id, staff_id, channel, notice_key, entry_id, notice, subject, body, email,
    language, created_at, read_at, sent_at, attempts)
SELECT gen_random_uuid(), d.school_id, d.staff_id, d.channel, d.notice_key || ':' || e.copy_id, e.copy_id, d.notice,
    d.subject, d.body, d.email, d.language, d.created_at - make_interval(years => e.y, months => e.k),
    d.created_at - make_interval(years => e.y, months => e.k), d.sent_at, d.attempts
FROM entries e JOIN planning.deliveries d ON d.entry_id = e.id AND d.channel = 'INBOX';

WITH plans AS (
    SELECT p.*, gen_random_uuid() AS copy_id, y FROM planning.work_plans p, generate_series(1, :years) y
    WHERE p.school_id = :school AND p.previous_id IS NULL
), plan_rows AS (
    INSERT INTO planning.work_plans (id, school_id, association_id, school_year, number, status, previous_id, version)
    SELECT copy_id, school_id, association_id, school_year - y, number, status, NULL, 0 FROM plans
)
INSERT INTO planning.work_plan_items (plan_id, position, ref, section, what, responsible, when_day, when_month,
    when_quarter, status, note)
SELECT p.copy_id, i.position, gen_random_uuid(), i.section, i.what, i.responsible,
    (i.when_day - make_interval(years => p.y))::date, (i.when_month - make_interval(years => p.y))::date,
    i.when_quarter, i.status, i.note
FROM plans p JOIN planning.work_plan_items i ON i.plan_id = p.id;
