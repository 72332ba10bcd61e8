-- Mentorship of young teachers (001 §2.1, §3.16, plan IV.1): the pairs with their plans and meetings, the director's
-- orders with their table of pairs as it was printed, and what each school sets for mentors. People, associations
-- and sessions are other contexts' ids: no foreign keys across schemas.
CREATE SCHEMA IF NOT EXISTS mentorship;

-- Plan IV.1.A leaves to the school who may mentor: the minimum experience and the most mentees a mentor takes.
CREATE TABLE mentorship.settings (
    school_id            uuid     PRIMARY KEY,
    mentor_minimum_years integer  NOT NULL CHECK (mentor_minimum_years BETWEEN 0 AND 50),
    maximum_mentees      integer  NOT NULL CHECK (maximum_mentees BETWEEN 1 AND 10),
    version              integer  NOT NULL
);

CREATE TABLE mentorship.orders (
    id             uuid         PRIMARY KEY,
    school_id      uuid         NOT NULL,
    kind           varchar(10)  NOT NULL,
    number         varchar(30)  NOT NULL,
    date           date         NOT NULL,
    basis          text,
    term_start     date,
    term_end       date,
    controlled_by  uuid,
    reason         varchar(500),
    issued_by      uuid         NOT NULL,
    frozen         jsonb        NOT NULL,
    version        integer      NOT NULL
);
CREATE INDEX orders_by_school ON mentorship.orders (school_id, date DESC);

CREATE TABLE mentorship.order_rows (
    order_id        uuid          NOT NULL REFERENCES mentorship.orders (id) ON DELETE CASCADE,
    position        integer       NOT NULL,
    mentorship      uuid          NOT NULL,
    mentor          uuid          NOT NULL,
    mentor_name     varchar(200)  NOT NULL,
    mentor_subjects varchar(500)  NOT NULL,
    mentor_category varchar(60)   NOT NULL,
    mentor_years    integer       NOT NULL,
    young_teacher   uuid          NOT NULL,
    young_name      varchar(200)  NOT NULL,
    young_subjects  varchar(500)  NOT NULL,
    young_since     date,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE mentorship.mentorships (
    id                        uuid          PRIMARY KEY,
    school_id                 uuid          NOT NULL,
    association_id            uuid          NOT NULL,
    young_teacher             uuid          NOT NULL,
    mentor                    uuid          NOT NULL,
    school_year               integer       NOT NULL,
    status                    varchar(12)   NOT NULL,
    proposed_by               uuid          NOT NULL,
    proposed_on               date          NOT NULL,
    proposal_session          uuid,
    answered_on               date,
    decline_reason            varchar(500),
    order_id                  uuid          REFERENCES mentorship.orders (id),
    order_number              varchar(30),
    order_date                date,
    term_start                date,
    term_end                  date,
    controlled_by             uuid,
    difficulties              text,
    mentor_plan_approved_on   date,
    mentor_plan_approved_by   uuid,
    young_plan_approved_on    date,
    young_plan_approved_by    uuid,
    young_teacher_report      text,
    young_teacher_report_on   date,
    mentor_reference          text,
    mentor_reference_on       date,
    result                    text,
    reports_heard_at          uuid,
    completed_on              date,
    end_reason                varchar(500),
    ended_on                  date,
    end_order_id              uuid          REFERENCES mentorship.orders (id),
    version                   integer       NOT NULL
);
CREATE INDEX mentorships_by_school_and_year ON mentorship.mentorships (school_id, school_year);
CREATE INDEX mentorships_by_mentor ON mentorship.mentorships (mentor, school_year);
-- One active mentorship for a young teacher in a year (the rule's last guard, should two proposals race).
CREATE UNIQUE INDEX mentorships_one_active ON mentorship.mentorships (young_teacher, school_year)
    WHERE status IN ('PROPOSED', 'ACCEPTED', 'ASSIGNED');

CREATE TABLE mentorship.plan_items (
    mentorship_id uuid          NOT NULL REFERENCES mentorship.mentorships (id) ON DELETE CASCADE,
    position      integer       NOT NULL,
    ref           uuid          NOT NULL,
    owner         varchar(15)   NOT NULL,
    month         date          NOT NULL,
    what          varchar(500)  NOT NULL,
    done          date,
    PRIMARY KEY (mentorship_id, position)
);

CREATE TABLE mentorship.meetings (
    mentorship_id uuid          NOT NULL REFERENCES mentorship.mentorships (id) ON DELETE CASCADE,
    position      integer       NOT NULL,
    ref           uuid          NOT NULL,
    kind          varchar(30)   NOT NULL,
    topic         varchar(300)  NOT NULL,
    date          date          NOT NULL,
    time          time,
    minutes       integer       NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    observation   text,
    PRIMARY KEY (mentorship_id, position)
);
