-- The association context owns the schema "association": associations with their members, heads, themes and
-- year-end analyses; sessions with agendas and attendance; protocols; activities. Staff and schools are
-- referred to by id only: they belong to the school context, which no table here joins.
CREATE SCHEMA IF NOT EXISTS association;

CREATE TABLE association.associations (
    id                    uuid         PRIMARY KEY,
    school_id             uuid         NOT NULL,
    name                  varchar(200) NOT NULL,
    kind                  varchar(30)  NOT NULL,
    subjects              text[]       NOT NULL DEFAULT '{}',
    opening_order_number  varchar(30)  NOT NULL,
    opening_order_date    date         NOT NULL,
    opened_on             date         NOT NULL,
    status                varchar(10)  NOT NULL,
    closed_on             date,
    secretary             uuid,
    version               integer      NOT NULL
);
CREATE INDEX associations_by_school ON association.associations (school_id, name);

CREATE TABLE association.memberships (
    association_id  uuid NOT NULL REFERENCES association.associations (id) ON DELETE CASCADE,
    staff_id        uuid NOT NULL,
    joined_on       date NOT NULL,
    left_on         date
);
CREATE INDEX memberships_by_association ON association.memberships (association_id);
CREATE INDEX memberships_by_staff ON association.memberships (staff_id);
-- A person is a current member of an association at most once.
CREATE UNIQUE INDEX memberships_current_unique ON association.memberships (association_id, staff_id) WHERE left_on IS NULL;

CREATE TABLE association.head_terms (
    association_id  uuid        NOT NULL REFERENCES association.associations (id) ON DELETE CASCADE,
    position        integer     NOT NULL,
    staff_id        uuid        NOT NULL,
    choice          varchar(10) NOT NULL,
    order_number    varchar(30),
    order_date      date,
    since           date        NOT NULL,
    until           date,
    PRIMARY KEY (association_id, position)
);
-- Exactly one head at a time.
CREATE UNIQUE INDEX head_terms_one_current ON association.head_terms (association_id) WHERE until IS NULL;

CREATE TABLE association.themes (
    association_id  uuid          NOT NULL REFERENCES association.associations (id) ON DELETE CASCADE,
    school_year     integer       NOT NULL,
    theme           varchar(500)  NOT NULL,
    goal            text,
    priorities      text,
    tasks           text,
    PRIMARY KEY (association_id, school_year)
);

CREATE TABLE association.self_education_topics (
    association_id  uuid         NOT NULL REFERENCES association.associations (id) ON DELETE CASCADE,
    staff_id        uuid         NOT NULL,
    school_year     integer      NOT NULL,
    topic           varchar(500) NOT NULL,
    PRIMARY KEY (association_id, staff_id, school_year)
);

CREATE TABLE association.sessions (
    id                uuid         PRIMARY KEY,
    school_id         uuid         NOT NULL,
    association_id    uuid         NOT NULL REFERENCES association.associations (id),
    association_name  varchar(200) NOT NULL,
    date              date         NOT NULL,
    time              time         NOT NULL,
    place             varchar(200),
    status            varchar(10)  NOT NULL,
    cancel_reason     varchar(500),
    version           integer      NOT NULL
);
CREATE INDEX sessions_by_association ON association.sessions (association_id, date);
CREATE INDEX sessions_by_school ON association.sessions (school_id, date);

CREATE TABLE association.year_ends (
    association_id  uuid    NOT NULL REFERENCES association.associations (id) ON DELETE CASCADE,
    school_year     integer NOT NULL,
    analysis        text    NOT NULL,
    directions      text    NOT NULL,
    last_session    uuid    NOT NULL REFERENCES association.sessions (id),
    analysed_by     uuid    NOT NULL,
    completed_on    date    NOT NULL,
    PRIMARY KEY (association_id, school_year)
);

CREATE TABLE association.agenda_items (
    session_id  uuid         NOT NULL REFERENCES association.sessions (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    title       varchar(500) NOT NULL,
    speaker     uuid,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE association.session_participants (
    session_id  uuid    NOT NULL REFERENCES association.sessions (id) ON DELETE CASCADE,
    staff_id    uuid    NOT NULL,
    present     boolean NOT NULL,
    PRIMARY KEY (session_id, staff_id)
);

CREATE TABLE association.session_moves (
    session_id  uuid         NOT NULL REFERENCES association.sessions (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    from_date   date         NOT NULL,
    from_time   time         NOT NULL,
    to_date     date         NOT NULL,
    to_time     time         NOT NULL,
    reason      varchar(500) NOT NULL,
    moved_on    date         NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE association.protocols (
    id               uuid        PRIMARY KEY,
    school_id        uuid        NOT NULL,
    association_id   uuid        NOT NULL REFERENCES association.associations (id),
    session_id       uuid        NOT NULL REFERENCES association.sessions (id),
    session_date     date        NOT NULL,
    corrects         uuid        REFERENCES association.protocols (id),
    secretary_signs  boolean     NOT NULL,
    status           varchar(10) NOT NULL,
    signed_on        date,
    version          integer     NOT NULL
);
CREATE INDEX protocols_by_session ON association.protocols (session_id);
-- A session has at most one draft at a time, and a signed protocol is corrected at most once.
CREATE UNIQUE INDEX protocols_one_draft_per_session ON association.protocols (session_id) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX protocols_one_correction ON association.protocols (corrects) WHERE corrects IS NOT NULL;

CREATE TABLE association.protocol_entries (
    protocol_id  uuid         NOT NULL REFERENCES association.protocols (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    question     varchar(500) NOT NULL,
    considered   text,
    decision     text,
    proposals    text,
    PRIMARY KEY (protocol_id, position)
);

CREATE TABLE association.protocol_signatures (
    protocol_id  uuid        NOT NULL REFERENCES association.protocols (id) ON DELETE CASCADE,
    signatory    varchar(10) NOT NULL,
    staff_id     uuid        NOT NULL,
    signed_at    timestamptz NOT NULL,
    PRIMARY KEY (protocol_id, signatory)
);

CREATE TABLE association.activities (
    id              uuid         PRIMARY KEY,
    school_id       uuid         NOT NULL,
    association_id  uuid         NOT NULL REFERENCES association.associations (id),
    kind            varchar(30)  NOT NULL,
    title           varchar(300) NOT NULL,
    responsible     uuid         NOT NULL,
    visited         uuid,
    date            date         NOT NULL,
    until           date,
    time            time,
    class_group     varchar(30),
    plan            text,
    status          varchar(10)  NOT NULL,
    outcome         text,
    analysis        text,
    cancel_reason   varchar(500),
    version         integer      NOT NULL
);
CREATE INDEX activities_by_association ON association.activities (association_id, date);
CREATE INDEX activities_by_school ON association.activities (school_id, date);
