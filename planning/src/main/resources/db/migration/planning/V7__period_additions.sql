-- 001 §6.8, 004: quarterly and monthly plans are the annual plan's items of the period and their own additions.
CREATE TABLE planning.period_additions (
    id              uuid         PRIMARY KEY,
    school_id       uuid         NOT NULL,
    association_id  uuid         NOT NULL,
    school_year     integer      NOT NULL,
    period          varchar(10)  NOT NULL,
    what            varchar(500) NOT NULL,
    responsible     uuid         NOT NULL,
    day             date,
    done            boolean      NOT NULL,
    added_by        uuid         NOT NULL,
    added_at        timestamptz  NOT NULL
);
CREATE INDEX period_additions_by_plan ON planning.period_additions (association_id, school_year, period);
