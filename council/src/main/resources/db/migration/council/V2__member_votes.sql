-- Each member present may record their own vote on a question of the draft protocol; the protocol's counts are
-- written by the secretary, and the members' records show each member how they voted.
CREATE TABLE council.member_votes (
    protocol_id  uuid        NOT NULL REFERENCES council.protocols (id) ON DELETE CASCADE,
    item         integer     NOT NULL,
    staff_id     uuid        NOT NULL,
    vote         varchar(10) NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (protocol_id, item, staff_id)
);
