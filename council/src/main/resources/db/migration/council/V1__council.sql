-- The council context owns the schema "council": a council per school and school year with the seats of its
-- members, its sessions with agendas and attendance, protocols with their decisions and signatures, and tasks.
-- Staff, schools and associations are referred to by id only.
CREATE SCHEMA IF NOT EXISTS council;

CREATE TABLE council.councils (
    id                    uuid    PRIMARY KEY,
    school_id             uuid    NOT NULL,
    school_year           integer NOT NULL,
    chair                 uuid    NOT NULL,
    secretary             uuid,
    secretary_elected_at  uuid,
    version               integer NOT NULL,
    UNIQUE (school_id, school_year)
);

CREATE TABLE council.seats (
    council_id   uuid        NOT NULL REFERENCES council.councils (id) ON DELETE CASCADE,
    position     integer     NOT NULL,
    staff_id     uuid        NOT NULL,
    role         varchar(20) NOT NULL,
    association  uuid,
    since        date        NOT NULL,
    until        date,
    PRIMARY KEY (council_id, position)
);
CREATE INDEX seats_by_staff ON council.seats (staff_id);

CREATE TABLE council.sessions (
    id             uuid         PRIMARY KEY,
    school_id      uuid         NOT NULL,
    council_id     uuid         NOT NULL REFERENCES council.councils (id),
    date           date         NOT NULL,
    time           time         NOT NULL,
    place          varchar(200),
    year_end       boolean      NOT NULL,
    status         varchar(10)  NOT NULL,
    cancel_reason  varchar(500),
    version        integer      NOT NULL
);
CREATE INDEX sessions_by_council ON council.sessions (council_id, date);

CREATE TABLE council.agenda_items (
    session_id  uuid         NOT NULL REFERENCES council.sessions (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    title       varchar(500) NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE council.attendance (
    session_id  uuid    NOT NULL REFERENCES council.sessions (id) ON DELETE CASCADE,
    staff_id    uuid    NOT NULL,
    present     boolean NOT NULL,
    PRIMARY KEY (session_id, staff_id)
);

CREATE TABLE council.protocols (
    id            uuid        PRIMARY KEY,
    school_id     uuid        NOT NULL,
    council_id    uuid        NOT NULL REFERENCES council.councils (id),
    session_id    uuid        NOT NULL REFERENCES council.sessions (id),
    session_date  date        NOT NULL,
    corrects      uuid        REFERENCES council.protocols (id),
    present       integer     NOT NULL,
    members       integer     NOT NULL,
    status        varchar(10) NOT NULL,
    signed_on     date,
    version       integer     NOT NULL
);
CREATE INDEX protocols_by_session ON council.protocols (session_id);
CREATE UNIQUE INDEX protocols_one_draft_per_session ON council.protocols (session_id) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX protocols_one_correction ON council.protocols (corrects) WHERE corrects IS NOT NULL;

CREATE TABLE council.protocol_entries (
    protocol_id    uuid         NOT NULL REFERENCES council.protocols (id) ON DELETE CASCADE,
    position       integer      NOT NULL,
    question       varchar(500) NOT NULL,
    considered     text,
    decision       text,
    kind           varchar(40)  NOT NULL,
    teacher        uuid,
    document       varchar(300),
    responsible    uuid,
    due_on         date,
    votes_for      integer CHECK (votes_for >= 0),
    votes_against  integer CHECK (votes_against >= 0),
    abstained      integer CHECK (abstained >= 0),
    PRIMARY KEY (protocol_id, position)
);

CREATE TABLE council.protocol_signatures (
    protocol_id  uuid        NOT NULL REFERENCES council.protocols (id) ON DELETE CASCADE,
    signatory    varchar(10) NOT NULL,
    staff_id     uuid        NOT NULL,
    signed_at    timestamptz NOT NULL,
    PRIMARY KEY (protocol_id, signatory)
);

CREATE TABLE council.tasks (
    id                 uuid    PRIMARY KEY,
    school_id          uuid    NOT NULL,
    council_id         uuid    NOT NULL REFERENCES council.councils (id),
    protocol_id        uuid    NOT NULL REFERENCES council.protocols (id),
    item               integer NOT NULL,
    text               text    NOT NULL,
    responsible        uuid    NOT NULL,
    due_on             date    NOT NULL,
    done_on            date,
    due_announced      boolean NOT NULL,
    overdue_announced  boolean NOT NULL,
    version            integer NOT NULL,
    -- A decision sets its task once, even if the signature is replayed.
    UNIQUE (protocol_id, item)
);
CREATE INDEX tasks_open_by_due ON council.tasks (due_on) WHERE done_on IS NULL;

CREATE TABLE council.task_follow_ups (
    task_id   uuid          NOT NULL REFERENCES council.tasks (id) ON DELETE CASCADE,
    position  integer       NOT NULL,
    noted_on  date          NOT NULL,
    session   uuid,
    note      varchar(2000) NOT NULL,
    PRIMARY KEY (task_id, position)
);
