-- The register of children at risk (cases module): cases, team around the child, plan, reviews, closure,
-- case file audits, and the partnership's settings and catalogues for them (data, never constants in code).

CREATE TABLE case_setting (
    id                       boolean PRIMARY KEY DEFAULT true CHECK (id),
    register_threshold_rank  integer NOT NULL DEFAULT 2 CHECK (register_threshold_rank BETWEEN 1 AND 3),
    planning_meeting_days    integer NOT NULL DEFAULT 10 CHECK (planning_meeting_days BETWEEN 1 AND 60),
    review_notice_days       integer NOT NULL DEFAULT 7 CHECK (review_notice_days BETWEEN 0 AND 28),
    transition_age_months    integer NOT NULL DEFAULT 210 CHECK (transition_age_months BETWEEN 144 AND 215),
    version                  integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE case_setting IS
    'The partnership''s register settings: the screening band rank at which a case is suggested (2 = Medium), days to the planning meeting, how early a review shows in the inbox, and the age in months (210 = 17 and a half) at which a child with additional needs is flagged for transition.';
INSERT INTO case_setting DEFAULT VALUES;

CREATE TABLE review_cadence (
    band_rank  integer PRIMARY KEY CHECK (band_rank BETWEEN 0 AND 3),
    weeks      integer NOT NULL CHECK (weeks BETWEEN 1 AND 52)
);
COMMENT ON TABLE review_cadence IS 'Weeks between case reviews by the standing screening band''s rank (defaults: High 4, Medium 6, Low 12).';
INSERT INTO review_cadence (band_rank, weeks) VALUES (3, 4), (2, 6), (1, 12), (0, 12);

CREATE TABLE cse_model (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 120),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE cse_model IS 'Models of exploitation seen in the Pan-Cheshire protocol (domain reference section 2).';
INSERT INTO cse_model (code, label, position) VALUES
    ('INAPPROPRIATE_RELATIONSHIP', 'Boyfriend or inappropriate relationship', 1),
    ('PEER_ON_PEER', 'Peer-on-peer', 2),
    ('GANGS_AND_GROUPS', 'Gangs and groups', 3),
    ('ORGANISED', 'Organised, networked or trafficking', 4),
    ('FAMILIAL', 'Familial', 5),
    ('OPPORTUNISTIC', 'Opportunistic', 6),
    ('ONLINE', 'Online', 7);

CREATE TABLE cin_factor (
    code      text    PRIMARY KEY CHECK (code ~ '^[0-9]{1,2}[A-C]?$'),
    label     text    NOT NULL CHECK (length(label) BETWEEN 1 AND 160),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE cin_factor IS 'DfE Children in Need census factors identified at the end of assessment (domain reference section 7).';
INSERT INTO cin_factor (code, label, position) VALUES
    ('10A', 'Child missing', 1),
    ('11A', 'Child sexual exploitation', 2),
    ('12A', 'Trafficking', 3),
    ('13A', 'Gangs', 4),
    ('24A', 'Child criminal exploitation', 5),
    ('1A', 'Alcohol misuse: concerns about the child', 10),
    ('1B', 'Alcohol misuse: concerns about the parent or carer', 11),
    ('1C', 'Alcohol misuse: concerns about another person in the household', 12),
    ('2A', 'Drug misuse: concerns about the child', 13),
    ('2B', 'Drug misuse: concerns about the parent or carer', 14),
    ('2C', 'Drug misuse: concerns about another person in the household', 15),
    ('3A', 'Domestic abuse: concerns about the child', 16),
    ('3B', 'Domestic abuse: concerns about the parent or carer', 17),
    ('3C', 'Domestic abuse: concerns about another person in the household', 18),
    ('4A', 'Mental health: concerns about the child', 19),
    ('4B', 'Mental health: concerns about the parent or carer', 20),
    ('4C', 'Mental health: concerns about another person in the household', 21),
    ('5A', 'Learning disability: concerns about the child', 22),
    ('5B', 'Learning disability: concerns about the parent or carer', 23),
    ('5C', 'Learning disability: concerns about another person in the household', 24),
    ('6A', 'Physical disability or illness: concerns about the child', 25),
    ('6B', 'Physical disability or illness: concerns about the parent or carer', 26),
    ('6C', 'Physical disability or illness: concerns about another person in the household', 27),
    ('7A', 'Young carer', 28),
    ('9A', 'Unaccompanied asylum-seeking child', 29),
    ('14A', 'Socially unacceptable behaviour', 30),
    ('15A', 'Self-harm', 31),
    ('16A', 'Neglect', 32),
    ('17A', 'Emotional abuse', 33),
    ('18B', 'Physical abuse: by an adult', 34),
    ('18C', 'Physical abuse: by another child', 35),
    ('19B', 'Sexual abuse: by an adult', 36),
    ('19C', 'Sexual abuse: by another child', 37),
    ('20', 'Other', 38),
    ('21', 'No factors identified', 39),
    ('22A', 'Female genital mutilation', 40),
    ('23A', 'Abuse linked to faith or belief', 41);

CREATE TABLE intervention_type (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 120),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE intervention_type IS 'The catalogue of interventions a support plan draws on; an administrator may add or retire entries.';
INSERT INTO intervention_type (code, label, position) VALUES
    ('DIRECT_WORK', 'Direct work with the child', 1),
    ('HEALTH', 'Health (sexual health, CAMHS, GP)', 2),
    ('EDUCATION', 'Education (attendance, alternative provision)', 3),
    ('FAMILY_SUPPORT', 'Family and carer support', 4),
    ('DISRUPTION', 'Disruption of perpetrators', 5),
    ('THERAPEUTIC', 'Therapeutic support', 6),
    ('POSITIVE_ACTIVITIES', 'Positive activities', 7),
    ('ONLINE_SAFETY', 'Online safety', 8),
    ('ACCOMMODATION', 'Accommodation and placement', 9),
    ('SUBSTANCE_MISUSE', 'Substance misuse support', 10),
    ('OTHER', 'Other', 11);

CREATE TABLE child_case (
    id                       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id                 bigint      NOT NULL REFERENCES person (id),
    area_id                  bigint      NOT NULL REFERENCES area (id),
    status                   text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_on                date        NOT NULL,
    opened_at                timestamptz NOT NULL,
    opened_by                bigint      NOT NULL REFERENCES user_account (id),
    screening_id             bigint      REFERENCES screening (id),
    opening_reason           text        CHECK (length(opening_reason) <= 2000),
    lead_user_id             bigint      NOT NULL REFERENCES user_account (id),
    band_label               text,
    band_rank                integer     CHECK (band_rank BETWEEN 0 AND 3),
    last_screened_on         date,
    child_protection         boolean     NOT NULL DEFAULT false,
    next_review_on           date        NOT NULL,
    planning_meeting_due_on  date        NOT NULL,
    planning_meeting_held_on date,
    closed_on                date,
    version                  integer     NOT NULL DEFAULT 0,
    CHECK (screening_id IS NOT NULL OR opening_reason IS NOT NULL),
    CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))
);
COMMENT ON TABLE child_case IS
    'A child on an area''s register of children at risk. One open case per child; closed cases stay as history and can be reopened.';
COMMENT ON COLUMN child_case.opening_reason IS 'Sensitive: why the child was put on the register without a screening at the threshold.';
COMMENT ON COLUMN child_case.band_label IS 'The standing band of the child''s latest screening, kept current from screening events for the register.';
CREATE UNIQUE INDEX child_case_one_open_idx ON child_case (child_id) WHERE status = 'OPEN';
-- An area's register in review order reads its first page straight from this index.
CREATE INDEX child_case_area_open_idx ON child_case (area_id, next_review_on, id) WHERE status = 'OPEN';
CREATE INDEX child_case_lead_idx ON child_case (lead_user_id) WHERE status = 'OPEN';
CREATE INDEX child_case_child_idx ON child_case (child_id);

CREATE TABLE case_status_change (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES child_case (id),
    status      text        NOT NULL CHECK (status IN ('OPENED', 'CLOSED', 'REOPENED')),
    reason      text        CHECK (length(reason) <= 2000),
    changed_at  timestamptz NOT NULL,
    changed_by  bigint      NOT NULL REFERENCES user_account (id)
);
COMMENT ON TABLE case_status_change IS 'Every opening, closure and reopening of a case: the case''s history, never rewritten.';
CREATE INDEX case_status_change_case_idx ON case_status_change (case_id, changed_at);

CREATE TABLE case_cse_model (
    case_id     bigint NOT NULL REFERENCES child_case (id),
    model_code  text   NOT NULL REFERENCES cse_model (code),
    PRIMARY KEY (case_id, model_code)
);
COMMENT ON TABLE case_cse_model IS 'The models of exploitation seen in a case (one or more).';
CREATE INDEX case_cse_model_code_idx ON case_cse_model (model_code, case_id);

CREATE TABLE case_cin_factor (
    case_id      bigint NOT NULL REFERENCES child_case (id),
    factor_code  text   NOT NULL REFERENCES cin_factor (code),
    PRIMARY KEY (case_id, factor_code)
);
COMMENT ON TABLE case_cin_factor IS 'Children in Need census factor codes recorded for a case.';

CREATE TABLE case_team_member (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint      NOT NULL REFERENCES child_case (id),
    user_id         bigint      NOT NULL REFERENCES user_account (id),
    role            text        NOT NULL CHECK (length(role) BETWEEN 1 AND 120),
    involvement_id  bigint      NOT NULL REFERENCES child_involvement (id),
    added_at        timestamptz NOT NULL,
    added_by        bigint      NOT NULL REFERENCES user_account (id),
    removed_at      timestamptz,
    removed_by      bigint      REFERENCES user_account (id)
);
COMMENT ON TABLE case_team_member IS
    'The team around the child: professionals from several agencies with their role. Membership opens the child''s record to them (child_involvement).';
CREATE UNIQUE INDEX case_team_member_current_idx ON case_team_member (case_id, user_id) WHERE removed_at IS NULL;

CREATE TABLE case_plan (
    case_id                  bigint      PRIMARY KEY REFERENCES child_case (id),
    child_view               text        CHECK (length(child_view) <= 4000),
    child_wants_to_work_with text        CHECK (length(child_wants_to_work_with) <= 1000),
    carer_view               text        CHECK (length(carer_view) <= 4000),
    updated_at               timestamptz NOT NULL,
    updated_by               bigint      NOT NULL REFERENCES user_account (id),
    version                  integer     NOT NULL DEFAULT 0
);
COMMENT ON TABLE case_plan IS 'The holistic support plan of a case: the child''s own view and who they want to work with (a strategy measure), the carer''s view.';
COMMENT ON COLUMN case_plan.child_view IS 'Sensitive: the child''s own words about their plan.';
COMMENT ON COLUMN case_plan.carer_view IS 'Sensitive: the parent''s or carer''s view.';

CREATE TABLE plan_goal (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint      NOT NULL REFERENCES case_plan (case_id),
    description  text        NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    status       text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACHIEVED', 'NOT_ACHIEVED')),
    added_at     timestamptz NOT NULL,
    added_by     bigint      NOT NULL REFERENCES user_account (id)
);
COMMENT ON TABLE plan_goal IS 'What the plan aims to change for the child.';
CREATE INDEX plan_goal_case_idx ON plan_goal (case_id);

CREATE TABLE plan_intervention (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id          bigint      NOT NULL REFERENCES case_plan (case_id),
    goal_id          bigint      REFERENCES plan_goal (id),
    type_code        text        NOT NULL REFERENCES intervention_type (code),
    description      text        NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    owner_agency_id  bigint      NOT NULL REFERENCES agency (id),
    owner_user_id    bigint      REFERENCES user_account (id),
    starts_on        date,
    due_on           date        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'STOPPED')),
    updated_at       timestamptz NOT NULL,
    updated_by       bigint      NOT NULL REFERENCES user_account (id),
    version          integer     NOT NULL DEFAULT 0,
    CHECK (starts_on IS NULL OR starts_on <= due_on)
);
COMMENT ON TABLE plan_intervention IS 'An action in the plan, owned by an agency (and perhaps a named person), with dates and status.';
CREATE INDEX plan_intervention_case_idx ON plan_intervention (case_id);

CREATE TABLE case_review (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint      NOT NULL REFERENCES child_case (id),
    held_on         date        NOT NULL,
    due_on          date        NOT NULL,
    progress        text        NOT NULL CHECK (length(progress) BETWEEN 1 AND 4000),
    screening_id    bigint      REFERENCES screening (id),
    band_label      text,
    decision        text        NOT NULL CHECK (decision IN ('CONTINUE', 'STEP_UP', 'STEP_DOWN', 'CLOSE')),
    next_review_on  date,
    recorded_at     timestamptz NOT NULL,
    recorded_by     bigint      NOT NULL REFERENCES user_account (id)
);
COMMENT ON TABLE case_review IS 'A review of a case: progress, the re-screening it considered, and the decision.';
COMMENT ON COLUMN case_review.progress IS 'Sensitive: what has changed for the child.';
CREATE INDEX case_review_case_idx ON case_review (case_id, held_on);

CREATE TABLE case_closure (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id        bigint      NOT NULL REFERENCES child_case (id),
    outcome        text        NOT NULL CHECK (outcome IN ('RISK_REDUCED', 'RISK_UNCHANGED', 'RISK_INCREASED')),
    reason         text        NOT NULL CHECK (reason IN ('RISK_MANAGED', 'MOVED_AREA', 'TURNED_18', 'TRANSFERRED',
                                                          'DECLINED_SUPPORT', 'OTHER')),
    summary        text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
    requested_by   bigint      NOT NULL REFERENCES user_account (id),
    requested_at   timestamptz NOT NULL,
    status         text        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by     bigint      REFERENCES user_account (id),
    decided_at     timestamptz,
    decision_note  text        CHECK (length(decision_note) <= 1000),
    CHECK ((status = 'PENDING') = (decided_by IS NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
COMMENT ON TABLE case_closure IS
    'A request to close a case with its outcome (the strategy measures risk reduced at closure), approved or rejected by a manager who did not ask.';
COMMENT ON COLUMN case_closure.summary IS 'Sensitive: the closing summary of the work with the child.';
CREATE UNIQUE INDEX case_closure_one_pending_idx ON case_closure (case_id) WHERE status = 'PENDING';
CREATE INDEX case_closure_case_idx ON case_closure (case_id, requested_at);

CREATE TABLE case_file_audit (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint      NOT NULL REFERENCES child_case (id),
    grade       text        NOT NULL CHECK (grade IN ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    findings    text        NOT NULL CHECK (length(findings) BETWEEN 1 AND 4000),
    actions     text        CHECK (length(actions) <= 4000),
    audited_by  bigint      NOT NULL REFERENCES user_account (id),
    audited_at  timestamptz NOT NULL
);
COMMENT ON TABLE case_file_audit IS
    'A manager''s grading of a case file; feeds the strategy measure "front-line practice graded good or better".';
CREATE INDEX case_file_audit_case_idx ON case_file_audit (case_id, audited_at);

-- Social workers lead cases on the register (domain reference section 1), so frontline practitioners run them too.
INSERT INTO role_permission (role_code, permission_code) VALUES ('PRACTITIONER', 'MANAGE_CASE')
    ON CONFLICT DO NOTHING;
