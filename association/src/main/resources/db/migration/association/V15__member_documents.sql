-- 001 §3.4–3.5: the members' documents the association approves at a session: teachers' individual work plans
-- and attestation materials for the transfer and final exams. Approved when the session's protocol is signed;
-- an approved version never changes, a correction is a new row that supersedes it.
CREATE TABLE association.member_documents (
    id               uuid         PRIMARY KEY,
    school_id        uuid         NOT NULL,
    association_id   uuid         NOT NULL REFERENCES association.associations (id),
    kind             varchar(30)  NOT NULL,
    school_year      integer      NOT NULL,
    author           uuid         NOT NULL,
    edition          integer      NOT NULL,
    title            varchar(300) NOT NULL,
    exam_exam        varchar(10),
    exam_subject     varchar(100),
    exam_grade       integer,
    exam_form        varchar(10),
    exam_content     text,
    stage            varchar(12)  NOT NULL,
    session          uuid         REFERENCES association.sessions (id),
    session_number   integer,
    session_date     date,
    approved_on      date,
    supersedes       uuid         REFERENCES association.member_documents (id),
    return_reason    varchar(500),
    frozen           jsonb,
    version          integer      NOT NULL
);
CREATE INDEX member_documents_by_association ON association.member_documents (association_id, school_year);
CREATE INDEX member_documents_by_author ON association.member_documents (school_id, author, school_year);
CREATE INDEX member_documents_by_session ON association.member_documents (session) WHERE session IS NOT NULL;
-- An approved version is corrected by one new version at a time (a double click makes no second one).
CREATE UNIQUE INDEX member_documents_one_correction ON association.member_documents (supersedes)
    WHERE supersedes IS NOT NULL;
-- 001 §3.4: a teacher has one individual work plan a year in an association (its later versions supersede it).
CREATE UNIQUE INDEX member_documents_one_plan ON association.member_documents (association_id, author, school_year)
    WHERE kind = 'INDIVIDUAL_WORK_PLAN' AND edition = 1;

CREATE TABLE association.member_document_items (
    document_id  uuid         NOT NULL REFERENCES association.member_documents (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    section      varchar(30)  NOT NULL,
    what         varchar(500) NOT NULL,
    due          varchar(100),
    PRIMARY KEY (document_id, position)
);
