-- Roles are data mapped to permissions (identity issue); each role also sets how far its record scope reaches.
CREATE TABLE permission (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    description text NOT NULL
);
COMMENT ON TABLE permission IS 'Something a user may do; the code is also the Spring Security authority (Permission enum).';

INSERT INTO permission (code, description) VALUES
    ('VIEW_CHILD', 'Open a child''s record within the user''s record scope'),
    ('EDIT_CHILD', 'Create and change children''s and related people''s records'),
    ('SCREEN', 'Complete CSE screenings'),
    ('MANAGE_CASE', 'Open and run cases on the register'),
    ('APPROVE', 'Approve decisions that need a manager'),
    ('MANAGE_MEETINGS', 'Run multi-agency groups and meetings'),
    ('VIEW_INTELLIGENCE', 'See intelligence, persons of concern and their links'),
    ('GRADE_INTELLIGENCE', 'Grade intelligence (3x5x2) and set handling conditions'),
    ('RECORD_DISRUPTION', 'Record disruption measures and prosecutions'),
    ('VIEW_AGGREGATES', 'See the partnership''s datasets and measures as aggregates'),
    ('BREAK_GLASS', 'Open a record outside one''s scope with a reason that is reviewed'),
    ('VIEW_RECORD_ACCESS', 'See who has viewed or changed a child''s record'),
    ('REVIEW_BREAK_GLASS', 'Review break-glass access'),
    ('ADMINISTER_USERS', 'Create, change and disable users; roles; MFA reset; unlock'),
    ('ADMINISTER_REFERENCE_DATA', 'Manage areas, agencies and teams'),
    ('VIEW_AUDIT', 'Search the audit log and verify its hash chain');

CREATE TABLE role_permission (
    role_code       text NOT NULL REFERENCES role (code),
    permission_code text NOT NULL REFERENCES permission (code),
    PRIMARY KEY (role_code, permission_code)
);
COMMENT ON TABLE role_permission IS 'Which permissions each role grants; an administrator may change it.';

INSERT INTO role_permission (role_code, permission_code)
SELECT r, p FROM (VALUES
    ('PRACTITIONER', 'VIEW_CHILD'), ('PRACTITIONER', 'EDIT_CHILD'), ('PRACTITIONER', 'SCREEN'), ('PRACTITIONER', 'BREAK_GLASS'),
    ('SAFEGUARDING_LEAD', 'VIEW_CHILD'), ('SAFEGUARDING_LEAD', 'EDIT_CHILD'), ('SAFEGUARDING_LEAD', 'SCREEN'),
    ('SAFEGUARDING_LEAD', 'BREAK_GLASS'),
    ('TEAM_MANAGER', 'VIEW_CHILD'), ('TEAM_MANAGER', 'EDIT_CHILD'), ('TEAM_MANAGER', 'SCREEN'), ('TEAM_MANAGER', 'MANAGE_CASE'),
    ('TEAM_MANAGER', 'APPROVE'), ('TEAM_MANAGER', 'VIEW_RECORD_ACCESS'), ('TEAM_MANAGER', 'REVIEW_BREAK_GLASS'),
    ('TEAM_MANAGER', 'BREAK_GLASS'),
    ('CSE_COORDINATOR', 'VIEW_CHILD'), ('CSE_COORDINATOR', 'EDIT_CHILD'), ('CSE_COORDINATOR', 'SCREEN'),
    ('CSE_COORDINATOR', 'MANAGE_CASE'), ('CSE_COORDINATOR', 'APPROVE'), ('CSE_COORDINATOR', 'MANAGE_MEETINGS'),
    ('CSE_COORDINATOR', 'VIEW_RECORD_ACCESS'), ('CSE_COORDINATOR', 'REVIEW_BREAK_GLASS'), ('CSE_COORDINATOR', 'VIEW_AGGREGATES'),
    ('CSE_COORDINATOR', 'BREAK_GLASS'),
    ('POLICE_INVESTIGATOR', 'VIEW_CHILD'), ('POLICE_INVESTIGATOR', 'EDIT_CHILD'), ('POLICE_INVESTIGATOR', 'VIEW_INTELLIGENCE'),
    ('POLICE_INVESTIGATOR', 'RECORD_DISRUPTION'), ('POLICE_INVESTIGATOR', 'BREAK_GLASS'),
    ('INTELLIGENCE_ANALYST', 'VIEW_CHILD'), ('INTELLIGENCE_ANALYST', 'VIEW_INTELLIGENCE'),
    ('INTELLIGENCE_ANALYST', 'GRADE_INTELLIGENCE'), ('INTELLIGENCE_ANALYST', 'VIEW_AGGREGATES'),
    ('CASE_WORKER', 'VIEW_CHILD'), ('CASE_WORKER', 'EDIT_CHILD'), ('CASE_WORKER', 'SCREEN'), ('CASE_WORKER', 'BREAK_GLASS'),
    ('PARTNERSHIP_ANALYST', 'VIEW_AGGREGATES'),
    ('SYSTEM_ADMINISTRATOR', 'ADMINISTER_USERS'), ('SYSTEM_ADMINISTRATOR', 'ADMINISTER_REFERENCE_DATA'),
    ('SYSTEM_ADMINISTRATOR', 'VIEW_AUDIT'), ('SYSTEM_ADMINISTRATOR', 'VIEW_RECORD_ACCESS'),
    ('SYSTEM_ADMINISTRATOR', 'REVIEW_BREAK_GLASS')
) AS grants (r, p);

-- Need-to-know (domain reference section 8): practitioners see the children they work with, coordinators
-- their area, police their force (the force's user covers all its areas), analysts aggregates only.
ALTER TABLE role ADD COLUMN record_scope text NOT NULL DEFAULT 'ASSIGNED'
    CHECK (record_scope IN ('ASSIGNED', 'TEAM', 'AGENCY', 'AREA', 'PARTNERSHIP', 'AGGREGATES_ONLY'));
COMMENT ON COLUMN role.record_scope IS 'How far a holder''s access to children''s records reaches (RecordScope enum).';
UPDATE role SET record_scope = CASE code
    WHEN 'PRACTITIONER' THEN 'ASSIGNED'
    WHEN 'CASE_WORKER' THEN 'ASSIGNED'
    WHEN 'TEAM_MANAGER' THEN 'TEAM'
    WHEN 'SAFEGUARDING_LEAD' THEN 'AGENCY'
    WHEN 'CSE_COORDINATOR' THEN 'AREA'
    WHEN 'POLICE_INVESTIGATOR' THEN 'AREA'
    WHEN 'INTELLIGENCE_ANALYST' THEN 'AREA'
    ELSE 'AGGREGATES_ONLY' END;

CREATE TABLE team (
    id          bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id   bigint  NOT NULL REFERENCES agency (id),
    name        text    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    retired     boolean NOT NULL DEFAULT false,
    UNIQUE (agency_id, name)
);
COMMENT ON TABLE team IS 'A team within an agency (e.g. a social work team); team scope and the inbox build on it.';

ALTER TABLE user_account
    ADD COLUMN team_id bigint REFERENCES team (id),
    ADD COLUMN manager_id bigint REFERENCES user_account (id);
COMMENT ON COLUMN user_account.manager_id IS 'The user''s line manager, who approves their decisions and sees their overdue work.';

CREATE TABLE child_involvement (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id    bigint      NOT NULL,
    area_id     bigint      NOT NULL REFERENCES area (id),
    agency_id   bigint      NOT NULL REFERENCES agency (id),
    team_id     bigint      REFERENCES team (id),
    user_id     bigint      REFERENCES user_account (id),
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
COMMENT ON TABLE child_involvement IS
    'Who works with a child: an agency in an area, optionally a team and a named worker. Record scope is computed from it.';
CREATE INDEX child_involvement_child_idx ON child_involvement (child_id) WHERE ended_at IS NULL;
CREATE INDEX child_involvement_user_idx ON child_involvement (user_id, child_id) WHERE ended_at IS NULL;
CREATE INDEX child_involvement_team_idx ON child_involvement (team_id, child_id) WHERE ended_at IS NULL;
CREATE INDEX child_involvement_agency_area_idx ON child_involvement (agency_id, area_id, child_id) WHERE ended_at IS NULL;
CREATE INDEX child_involvement_area_idx ON child_involvement (area_id, child_id) WHERE ended_at IS NULL;

CREATE TABLE break_glass_grant (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         bigint      NOT NULL REFERENCES user_account (id),
    child_id        bigint      NOT NULL,
    reason          text        NOT NULL CHECK (length(reason) BETWEEN 10 AND 1000),
    granted_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    reviewed_by     bigint      REFERENCES user_account (id),
    reviewed_at     timestamptz,
    review_outcome  text        CHECK (review_outcome IN ('JUSTIFIED', 'NOT_JUSTIFIED')),
    review_note     text        CHECK (length(review_note) <= 1000),
    CHECK (expires_at > granted_at),
    CHECK ((reviewed_at IS NULL) = (review_outcome IS NULL))
);
COMMENT ON TABLE break_glass_grant IS
    'A user opened a child''s record outside their scope with a mandatory reason; time-limited, and reviewed by a manager.';
COMMENT ON COLUMN break_glass_grant.reason IS 'Sensitive: the user''s stated reason for opening the record.';
CREATE INDEX break_glass_grant_active_idx ON break_glass_grant (user_id, child_id, expires_at);
CREATE INDEX break_glass_grant_unreviewed_idx ON break_glass_grant (granted_at) WHERE reviewed_at IS NULL;
