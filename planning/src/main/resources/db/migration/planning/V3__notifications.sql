-- Notifications of what is coming: each person's choice of channels, and one delivery record per notice and
-- channel. The unique key makes every notice at most once per person and channel, whatever replays a restart or
-- a second instance brings. The lock table lets only one instance run a scheduled job at a time (ShedLock).
CREATE TABLE planning.notification_settings (
    staff_id   uuid    PRIMARY KEY,
    school_id  uuid    NOT NULL,
    by_email   boolean NOT NULL,
    version    integer NOT NULL
);

CREATE TABLE planning.deliveries (
    id          uuid         PRIMARY KEY,
    school_id   uuid         NOT NULL,
    staff_id    uuid         NOT NULL,
    channel     varchar(10)  NOT NULL,
    notice_key  varchar(300) NOT NULL,
    entry_id    uuid         NOT NULL REFERENCES planning.calendar_entries (id),
    notice      varchar(20)  NOT NULL,
    subject     varchar(500) NOT NULL,
    body        text         NOT NULL,
    email       varchar(254),
    language    varchar(2)   NOT NULL,
    created_at  timestamptz  NOT NULL,
    read_at     timestamptz,
    sent_at     timestamptz,
    attempts    integer      NOT NULL DEFAULT 0,
    UNIQUE (notice_key, channel)
);
CREATE INDEX deliveries_inbox ON planning.deliveries (staff_id, created_at DESC) WHERE channel = 'INBOX';
CREATE INDEX deliveries_to_send ON planning.deliveries (created_at) WHERE channel = 'EMAIL' AND sent_at IS NULL;

CREATE TABLE planning.shedlock (
    name        varchar(64)  PRIMARY KEY,
    lock_until  timestamp    NOT NULL,
    locked_at   timestamp    NOT NULL,
    locked_by   varchar(255) NOT NULL
);
