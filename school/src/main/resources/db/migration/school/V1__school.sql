-- The school context owns the schema "school": schools with their settings and quarters, the staff
-- directory, and accounts. No other context reads these tables; they ask the school API.
CREATE SCHEMA IF NOT EXISTS school;

CREATE TABLE school.schools (
    id                            uuid         PRIMARY KEY,
    name                          varchar(200) NOT NULL,
    number                        varchar(20),
    district                      varchar(200) NOT NULL,
    minimum_association_sessions  integer      NOT NULL,
    young_teacher_years           integer      NOT NULL,
    years_before_archive          integer      NOT NULL,
    reminder_lead_days            integer[]    NOT NULL,
    council_quorum_percent        integer      NOT NULL,
    version                       integer      NOT NULL,
    registered_at                 timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX schools_by_district ON school.schools (lower(district));

CREATE TABLE school.quarters (
    school_id    uuid    NOT NULL REFERENCES school.schools (id) ON DELETE CASCADE,
    school_year  integer NOT NULL,
    number       integer NOT NULL CHECK (number BETWEEN 1 AND 4),
    starts_on    date    NOT NULL,
    ends_on      date    NOT NULL CHECK (ends_on >= starts_on),
    PRIMARY KEY (school_id, school_year, number)
);

CREATE TABLE school.staff (
    id              uuid         PRIMARY KEY,
    school_id       uuid         NOT NULL REFERENCES school.schools (id),
    full_name       varchar(200) NOT NULL,
    position        varchar(100) NOT NULL,
    subjects        text[]       NOT NULL DEFAULT '{}',
    education       varchar(30)  NOT NULL,
    category        varchar(20)  NOT NULL,
    teaching_since  date,
    email           varchar(254) NOT NULL,
    language        varchar(2)   NOT NULL,
    left_on         date,
    version         integer      NOT NULL
);
-- One address is one person within a school: notifications and logins depend on it.
CREATE UNIQUE INDEX staff_email_unique_per_school ON school.staff (school_id, lower(email));
CREATE INDEX staff_by_school_and_name ON school.staff (school_id, full_name);

CREATE TABLE school.accounts (
    id             uuid         PRIMARY KEY,
    school_id      uuid         NOT NULL REFERENCES school.schools (id),
    staff_id       uuid         NOT NULL UNIQUE REFERENCES school.staff (id),
    username       varchar(60)  NOT NULL,
    password_hash  varchar(200) NOT NULL,
    roles          text[]       NOT NULL,
    enabled        boolean      NOT NULL,
    failed_logins  integer      NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    last_login_at  timestamptz,
    version        integer      NOT NULL
);
CREATE UNIQUE INDEX accounts_username_unique ON school.accounts (lower(username));
CREATE INDEX accounts_by_school ON school.accounts (school_id);
