-- The deputies' duties (001 §5.3, §5.7, §9; 002 §4.3; 003 §4.1), each given to one deputy of the school; a duty
-- with no row belongs to every deputy (the single deputy of most schools).
CREATE TABLE school.deputy_duties (
    school_id  uuid        NOT NULL REFERENCES school.schools (id) ON DELETE CASCADE,
    duty       varchar(40) NOT NULL,
    staff_id   uuid        NOT NULL REFERENCES school.staff (id),
    PRIMARY KEY (school_id, duty)
);
