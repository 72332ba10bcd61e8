-- Indexes for what the pages and jobs ask every day (issue 12; plans in docs/performance/).
-- The council's tasks and decisions pages: a council's tasks by due date.
CREATE INDEX tasks_by_council ON council.tasks (council_id, due_on);
-- The council's page and its rules of the year: the signed protocols of a council.
CREATE INDEX protocols_signed_by_council ON council.protocols (council_id) WHERE status = 'SIGNED';
-- The start-up backfill of frozen papers: signed protocols still without one (none, once done).
CREATE INDEX protocols_awaiting_paper ON council.protocols (id) WHERE status = 'SIGNED' AND frozen IS NULL;
