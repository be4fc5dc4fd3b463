CREATE TABLE area (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text    NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]{2,40}$'),
    name        text    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    retired     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE area IS
    'A local authority area of the partnership; each has its own CSE multi-agency group. Data, not code: another partnership brings its own.';

CREATE TABLE agency (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 160),
    kind        text    NOT NULL CHECK (kind IN ('POLICE', 'CHILDRENS_SOCIAL_CARE', 'EARLY_HELP', 'HEALTH', 'EDUCATION',
                                                 'COMMISSIONED_SERVICE', 'YOUTH_JUSTICE', 'HOUSING', 'VOLUNTARY', 'OTHER')),
    retired     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE agency IS 'An organisation in the partnership whose staff use Haven (a council service, the police force, a trust, a school).';

CREATE TABLE agency_area (
    agency_id   bigint NOT NULL REFERENCES agency (id),
    area_id     bigint NOT NULL REFERENCES area (id),
    PRIMARY KEY (agency_id, area_id)
);
COMMENT ON TABLE agency_area IS 'The areas an agency covers (the police force covers all four, a council one).';

CREATE TABLE role (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    name        text NOT NULL UNIQUE,
    description text NOT NULL
);
COMMENT ON TABLE role IS 'A role seen in practice (domain reference section 1); permissions attach to roles as data.';

INSERT INTO role (code, name, description) VALUES
    ('PRACTITIONER', 'Frontline practitioner', 'Works directly with children: social worker, early help, health or school practitioner.'),
    ('SAFEGUARDING_LEAD', 'Designated safeguarding lead', 'An agency''s lead professional for safeguarding, such as a school''s designated safeguarding lead.'),
    ('TEAM_MANAGER', 'Team manager', 'Manages practitioners, approves decisions and audits case files.'),
    ('CSE_COORDINATOR', 'CSE coordinator', 'Coordinates the area''s CSE multi-agency group and its register of children at risk.'),
    ('POLICE_INVESTIGATOR', 'Police investigator', 'Investigates offences and records disruption and prosecution.'),
    ('INTELLIGENCE_ANALYST', 'Police intelligence analyst', 'Grades and links intelligence on persons of concern, places, vehicles and phones.'),
    ('CASE_WORKER', 'Commissioned service case worker', 'Does direct work and return home interviews for the commissioned missing and CSE service.'),
    ('PARTNERSHIP_ANALYST', 'Partnership analyst', 'Sees the partnership''s datasets and measures as aggregates only, never a child''s record.'),
    ('SYSTEM_ADMINISTRATOR', 'System administrator', 'Manages users, reference data and the audit log.');

CREATE TABLE user_account (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           citext      NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
    display_name    text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    agency_id       bigint      NOT NULL REFERENCES agency (id),
    password_hash   text        NOT NULL,
    enabled         boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL,
    last_sign_in_at timestamptz,
    version         integer     NOT NULL DEFAULT 0
);
COMMENT ON TABLE user_account IS 'A person who signs in to Haven. Never deleted: disabled instead, so the audit trail keeps its meaning.';
COMMENT ON COLUMN user_account.email IS 'Personal data: the user''s work e-mail address, used to sign in.';
COMMENT ON COLUMN user_account.password_hash IS 'Secret: a one-way hash (bcrypt or stronger, with its algorithm prefix), never the password.';

CREATE TABLE user_role (
    user_id     bigint NOT NULL REFERENCES user_account (id),
    role_code   text   NOT NULL REFERENCES role (code),
    PRIMARY KEY (user_id, role_code)
);
COMMENT ON TABLE user_role IS 'The roles a user holds.';

CREATE TABLE user_area (
    user_id     bigint NOT NULL REFERENCES user_account (id),
    area_id     bigint NOT NULL REFERENCES area (id),
    PRIMARY KEY (user_id, area_id)
);
COMMENT ON TABLE user_area IS 'The areas a user works in; record scope builds on this.';
CREATE INDEX user_area_area_idx ON user_area (area_id);
CREATE INDEX user_account_agency_idx ON user_account (agency_id);
