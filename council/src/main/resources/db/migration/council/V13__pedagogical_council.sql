-- The school's pedagogical council is a second body of the council context (001 plan header, 003 header and §5.5,
-- 000 §2.3, 004): it reuses the councils' sessions, protocols, attendance, votes and decisions. A school has one
-- council of each body per school year.
ALTER TABLE council.councils ADD COLUMN body varchar(15) NOT NULL DEFAULT 'METHODOLOGICAL';
ALTER TABLE council.councils DROP CONSTRAINT councils_school_id_school_year_key;
ALTER TABLE council.councils ADD CONSTRAINT councils_one_per_body_and_year UNIQUE (school_id, school_year, body);

-- Questions proposed for the pedagogical council's agenda by the methodological council (its recommendations,
-- 000 §2.3, and its reports, 003 §5.5). Kept per school and school year, so they wait for the body to be formed.
-- source_key makes a replayed event a no-op.
CREATE TABLE council.proposed_questions (
    id           uuid         PRIMARY KEY,
    school_id    uuid         NOT NULL,
    school_year  integer      NOT NULL,
    source_key   varchar(200) NOT NULL UNIQUE,
    kind         varchar(40)  NOT NULL,
    title        varchar(500) NOT NULL,
    proposed_on  date         NOT NULL,
    session_id   uuid         REFERENCES council.sessions (id),
    version      integer      NOT NULL
);
CREATE INDEX proposed_questions_by_year ON council.proposed_questions (school_id, school_year, proposed_on);
