-- 000 §2.3: the events the council organises (conferences, pedagogical readings, seminars, round tables,
-- methodological competitions and reviews, methodological days): scheduled for a day or a span of days, moved or
-- cancelled with a reason, held with an outcome. Staff and the council's decisions are referred to by id only.
CREATE TABLE council.events (
    id                uuid         PRIMARY KEY,
    school_id         uuid         NOT NULL,
    council_id        uuid         NOT NULL REFERENCES council.councils (id),
    kind              varchar(30)  NOT NULL,
    title             varchar(200) NOT NULL,
    theme             varchar(500),
    starts_on         date         NOT NULL,
    ends_on           date         NOT NULL,
    time              time,
    place             varchar(200),
    responsible       uuid         NOT NULL,
    audience          varchar(20)  NOT NULL,
    decision_session  uuid,
    decision_item     integer,
    status            varchar(10)  NOT NULL,
    cancel_reason     varchar(500),
    outcome           text,
    participants      integer,
    materials         text,
    version           integer      NOT NULL,
    CHECK (ends_on >= starts_on),
    CHECK ((decision_session IS NULL) = (decision_item IS NULL))
);
CREATE INDEX events_by_council ON council.events (council_id, starts_on);
CREATE INDEX events_by_school ON council.events (school_id, starts_on);

-- Each move of an event, with its reason: the history the event page shows.
CREATE TABLE council.event_moves (
    event_id   uuid         NOT NULL REFERENCES council.events (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    from_date  date         NOT NULL,
    to_date    date         NOT NULL,
    reason     varchar(500) NOT NULL,
    moved_on   date         NOT NULL,
    PRIMARY KEY (event_id, position)
);
