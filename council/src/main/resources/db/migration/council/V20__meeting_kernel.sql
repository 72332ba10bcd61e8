-- The council's sessions and protocols now keep what the shared meeting kernel (kg.usulduk.school.meetings) holds
-- for every meeting: who reports on an agenda question, the moves of a session with their reasons (kept, as the
-- association keeps its postponements), and the proposals made on a question. Existing rows keep their data; the
-- new columns are empty for them (no speaker named, no move recorded, no proposals), as they were.
ALTER TABLE council.agenda_items ADD COLUMN speaker uuid;

CREATE TABLE council.session_moves (
    session_id  uuid         NOT NULL REFERENCES council.sessions (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    from_date   date         NOT NULL,
    from_time   time         NOT NULL,
    to_date     date         NOT NULL,
    to_time     time         NOT NULL,
    reason      varchar(500) NOT NULL,
    moved_on    date         NOT NULL,
    PRIMARY KEY (session_id, position)
);

ALTER TABLE council.protocol_entries ADD COLUMN proposals text;

ALTER TABLE council.attendance ADD COLUMN absence_reason varchar(200);
