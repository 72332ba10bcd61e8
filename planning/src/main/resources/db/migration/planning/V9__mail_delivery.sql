-- Mail that survives an SMTP outage and a crash. A delivery is claimed for a while (claimed_until) and sent outside
-- any transaction; a failed attempt waits longer each time (next_attempt_at) until the notice is a day old
-- (a setting), then the delivery is marked failed and shown to the administrator, who may send it again.
-- The .ics a mail carries is written when the notice is made (attachment), so it says what the notice says.
-- Notices of the council's tasks concern no calendar entry.
ALTER TABLE planning.deliveries ALTER COLUMN entry_id DROP NOT NULL;
ALTER TABLE planning.deliveries ADD COLUMN attachment text;
ALTER TABLE planning.deliveries ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE planning.deliveries ADD COLUMN claimed_until timestamptz;
ALTER TABLE planning.deliveries ADD COLUMN failed_at timestamptz;
-- Since when the mail is being tried: its notice's time, or the administrator's "send again".
ALTER TABLE planning.deliveries ADD COLUMN trying_since timestamptz;
ALTER TABLE planning.deliveries ADD COLUMN last_error varchar(500);
CREATE INDEX deliveries_failed ON planning.deliveries (school_id, failed_at DESC) WHERE failed_at IS NOT NULL;
