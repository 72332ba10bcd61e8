-- Districts become a managed list kept by the deployment's administrator (an operator above schools), not
-- free text a school types: a school that chose its district chose which observers read it.
CREATE TABLE school.districts (
    id       uuid         PRIMARY KEY,
    name     varchar(200) NOT NULL,
    version  integer      NOT NULL
);
CREATE UNIQUE INDEX districts_name_unique ON school.districts (lower(name));

-- Today's free-text districts become districts, one per name whatever its case or surrounding blanks.
INSERT INTO school.districts (id, name, version)
SELECT gen_random_uuid(), min(btrim(district)), 0 FROM school.schools GROUP BY lower(btrim(district));

ALTER TABLE school.schools ADD COLUMN district_id uuid REFERENCES school.districts (id);
UPDATE school.schools s SET district_id = d.id FROM school.districts d WHERE lower(d.name) = lower(btrim(s.district));
ALTER TABLE school.schools ALTER COLUMN district_id SET NOT NULL;
DROP INDEX school.schools_by_district;
ALTER TABLE school.schools DROP COLUMN district;
CREATE INDEX schools_by_district ON school.schools (district_id, name, number);

-- A district observer is granted one named district; today's observers keep the district of their school.
ALTER TABLE school.accounts ADD COLUMN observed_district_id uuid REFERENCES school.districts (id);
UPDATE school.accounts a SET observed_district_id = s.district_id
  FROM school.schools s WHERE s.id = a.school_id AND 'DISTRICT_OBSERVER' = ANY (a.roles);
ALTER TABLE school.accounts ADD CONSTRAINT observer_has_a_district
  CHECK (NOT ('DISTRICT_OBSERVER' = ANY (roles)) OR observed_district_id IS NOT NULL);
CREATE INDEX accounts_by_observed_district ON school.accounts (observed_district_id)
  WHERE observed_district_id IS NOT NULL;

-- The deployment's administrators: above every school, created from configuration, reading no school.
CREATE TABLE school.operators (
    id             uuid         PRIMARY KEY,
    username       varchar(60)  NOT NULL,
    password_hash  varchar(200) NOT NULL,
    full_name      varchar(200) NOT NULL,
    enabled        boolean      NOT NULL,
    version        integer      NOT NULL
);
CREATE UNIQUE INDEX operators_username_unique ON school.operators (lower(username));

-- Signed-in sessions (Spring Session JDBC, its PostgreSQL schema): kept in the database so an account's
-- sessions can be ended the moment it is disabled or loses a role, on every instance.
CREATE TABLE school.spring_session (
    primary_id             char(36)     NOT NULL,
    session_id             char(36)     NOT NULL,
    creation_time          bigint       NOT NULL,
    last_access_time       bigint       NOT NULL,
    max_inactive_interval  int          NOT NULL,
    expiry_time            bigint       NOT NULL,
    principal_name         varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON school.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON school.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON school.spring_session (principal_name);

CREATE TABLE school.spring_session_attributes (
    session_primary_id  char(36)     NOT NULL,
    attribute_name      varchar(200) NOT NULL,
    attribute_bytes     bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES school.spring_session (primary_id) ON DELETE CASCADE
);
