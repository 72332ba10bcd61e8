-- Plan I.4, 001 §6.14: teachers' calendar-thematic plans, their discussion and approval, and the topics taught.
CREATE TABLE planning.thematic_plans (
    id           uuid         PRIMARY KEY,
    school_id    uuid         NOT NULL,
    teacher      uuid         NOT NULL,
    school_year  integer      NOT NULL,
    subject      varchar(100) NOT NULL,
    class_group  varchar(30)  NOT NULL,
    status       varchar(10)  NOT NULL,
    discussion   text,
    approved_on  date,
    approved_by  uuid,
    version      integer      NOT NULL
);
CREATE INDEX thematic_plans_by_school_year ON planning.thematic_plans (school_id, school_year);

CREATE TABLE planning.thematic_topics (
    plan_id     uuid         NOT NULL REFERENCES planning.thematic_plans (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    title       varchar(300) NOT NULL,
    hours       integer      NOT NULL,
    planned_by  date         NOT NULL,
    taught_on   date,
    PRIMARY KEY (plan_id, position)
);
