-- Annual work plans of the associations (001 §5.3, §6.7 and the plan template of 001). An approved plan is never
-- changed: a change is a new version (number + 1) that replaces it once approved, so each version is a row.
CREATE TABLE planning.work_plans (
    id              uuid        PRIMARY KEY,
    school_id       uuid        NOT NULL,
    association_id  uuid        NOT NULL,
    school_year     integer     NOT NULL,
    number          integer     NOT NULL,
    status          varchar(10) NOT NULL,
    previous_id     uuid        REFERENCES planning.work_plans (id),
    version         integer     NOT NULL,
    UNIQUE (association_id, school_year, number)
);
CREATE INDEX work_plans_by_school_and_year ON planning.work_plans (school_id, school_year);

-- ref stays the same for an item across the versions of a plan, so versions can be compared item by item.
CREATE TABLE planning.work_plan_items (
    plan_id       uuid         NOT NULL REFERENCES planning.work_plans (id) ON DELETE CASCADE,
    position      integer      NOT NULL,
    ref           uuid         NOT NULL,
    section       varchar(20)  NOT NULL,
    what          varchar(1000) NOT NULL,
    responsible   uuid,
    when_day      date,
    when_month    date,
    when_quarter  integer      CHECK (when_quarter BETWEEN 1 AND 4),
    status        varchar(10)  NOT NULL,
    note          varchar(500),
    PRIMARY KEY (plan_id, position),
    UNIQUE (plan_id, ref)
);

CREATE TABLE planning.work_plan_steps (
    plan_id   uuid         NOT NULL REFERENCES planning.work_plans (id) ON DELETE CASCADE,
    position  integer      NOT NULL,
    act       varchar(10)  NOT NULL,
    by_staff  uuid         NOT NULL,
    at        timestamptz  NOT NULL,
    comment   varchar(1000),
    PRIMARY KEY (plan_id, position)
);
