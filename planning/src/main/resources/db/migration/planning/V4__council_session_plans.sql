-- 003 §5.1: the council's plan of sessions is approved at its first session. Planning keeps that approval,
-- taken from the council's decision event, beside the council's sessions in the calendar.
CREATE TABLE planning.council_session_plans (
    council_id    uuid    PRIMARY KEY,
    school_id     uuid    NOT NULL,
    school_year   integer NOT NULL,
    approved_on   date    NOT NULL,
    session_id    uuid    NOT NULL,
    protocol_id   uuid    NOT NULL,
    decision      text    NOT NULL
);
CREATE INDEX council_session_plans_by_school ON planning.council_session_plans (school_id, school_year);
