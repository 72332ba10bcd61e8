-- Issue 14: a lesson visit recorded by another context (a mentorship's meeting) is a held visit of the association,
-- kept once per its source whatever replays the event.
ALTER TABLE association.activities ADD COLUMN source_id uuid;
CREATE UNIQUE INDEX activities_by_source ON association.activities (source_id) WHERE source_id IS NOT NULL;
