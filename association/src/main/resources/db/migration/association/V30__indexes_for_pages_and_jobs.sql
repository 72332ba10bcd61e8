-- Indexes for what the pages and jobs ask (issue 12; plans in docs/performance/).
-- The start-up backfill of frozen papers: signed protocols still without one (none, once done).
CREATE INDEX protocols_awaiting_paper ON association.protocols (id) WHERE status = 'SIGNED' AND frozen IS NULL;
-- Who heads what: the current head terms of a person (access checks and the person's associations).
CREATE INDEX head_terms_current_by_staff ON association.head_terms (staff_id) WHERE until IS NULL;
