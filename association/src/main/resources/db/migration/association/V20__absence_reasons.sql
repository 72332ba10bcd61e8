-- Why a member invited to a session did not attend, where the one who took the attendance said so (kept by the
-- shared meeting kernel's Attendee; protocols list the absent with their reasons). Empty for existing rows.
ALTER TABLE association.session_participants ADD COLUMN absence_reason varchar(200);
