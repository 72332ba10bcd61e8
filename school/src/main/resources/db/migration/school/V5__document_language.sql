-- The language the school's papers are printed in, whoever prints them (issue 11): Kyrgyz by default.
ALTER TABLE school.schools ADD COLUMN document_language varchar(2) NOT NULL DEFAULT 'KY';
