-- 001 §6.6: the school's methodological theme of the year, with its goal, priorities and tasks.
CREATE TABLE planning.school_themes (
    school_id    uuid         NOT NULL,
    school_year  integer      NOT NULL,
    theme        varchar(500) NOT NULL,
    goal         text,
    priorities   text,
    tasks        text,
    set_by       uuid         NOT NULL,
    version      integer      NOT NULL,
    PRIMARY KEY (school_id, school_year)
);
