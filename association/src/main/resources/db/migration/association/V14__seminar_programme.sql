-- 001 §5.6: a practical seminar is held with thematic open lessons and extracurricular events, its programme: an
-- open lesson or event names the seminar it belongs to. The seminar counts only when one of them was held.
ALTER TABLE association.activities ADD COLUMN seminar_id uuid REFERENCES association.activities (id);
CREATE INDEX activities_by_seminar ON association.activities (seminar_id) WHERE seminar_id IS NOT NULL;
