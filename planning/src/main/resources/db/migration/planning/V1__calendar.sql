-- The planning context owns the schema "planning". First its school calendar: entries fed by the other
-- contexts' events (never by reading their tables), the people each concerns, and personal iCalendar feeds.
CREATE SCHEMA IF NOT EXISTS planning;

CREATE TABLE planning.calendar_entries (
    id              uuid         PRIMARY KEY,
    school_id       uuid         NOT NULL,
    source          varchar(30)  NOT NULL,
    source_id       uuid         NOT NULL,
    kind            varchar(40)  NOT NULL,
    title           varchar(300) NOT NULL,
    detail          text,
    association_id  uuid,
    starts_on       date         NOT NULL,
    ends_on         date         NOT NULL,
    time            time,
    place           varchar(200),
    state           varchar(10)  NOT NULL,
    sequence        integer      NOT NULL,
    version         integer      NOT NULL,
    -- One entry per scheduled thing: a replayed event finds it rather than adding another.
    UNIQUE (source, source_id)
);
CREATE INDEX calendar_entries_by_school_and_day ON planning.calendar_entries (school_id, starts_on);

CREATE TABLE planning.calendar_people (
    entry_id  uuid NOT NULL REFERENCES planning.calendar_entries (id) ON DELETE CASCADE,
    staff_id  uuid NOT NULL,
    PRIMARY KEY (entry_id, staff_id)
);
CREATE INDEX calendar_people_by_staff ON planning.calendar_people (staff_id);

CREATE TABLE planning.calendar_feeds (
    staff_id   uuid        PRIMARY KEY,
    school_id  uuid        NOT NULL,
    token      varchar(64) NOT NULL UNIQUE,
    issued_at  timestamptz NOT NULL,
    version    integer     NOT NULL
);
