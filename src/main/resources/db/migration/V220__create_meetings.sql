-- Multi-agency groups and meetings (meetings module, ADR 0013): groups per area and pan-partnership, meetings with
-- an agenda built from the register, attendance per agency, per-child discussion notes, decisions, actions held to
-- other agencies with escalation, and strategy discussions after a child protection trigger.

CREATE TABLE meeting_setting (
    id                  boolean PRIMARY KEY DEFAULT true CHECK (id),
    quorum_agencies     integer NOT NULL DEFAULT 3 CHECK (quorum_agencies BETWEEN 1 AND 20),
    high_band_rank      integer NOT NULL DEFAULT 3 CHECK (high_band_rank BETWEEN 1 AND 3),
    manager_grace_days  integer NOT NULL DEFAULT 3 CHECK (manager_grace_days BETWEEN 0 AND 60),
    chair_grace_days    integer NOT NULL DEFAULT 10 CHECK (chair_grace_days BETWEEN 1 AND 90),
    version             integer NOT NULL DEFAULT 0,
    CHECK (chair_grace_days > manager_grace_days)
);
COMMENT ON TABLE meeting_setting IS
    'The partnership''s meeting settings: agencies present for a quorum (3), the band rank the agenda treats as High (3), and the days after an action''s due date before it escalates to the owner''s manager (3) and then to the chair (10).';
INSERT INTO meeting_setting DEFAULT VALUES;

CREATE TABLE meeting_type (
    code       text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    label      text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 120),
    for_child  boolean NOT NULL,
    satisfies  text    CHECK (satisfies IN ('PLANNING', 'REVIEW')),
    position   integer NOT NULL,
    retired    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE meeting_type IS
    'Kinds of meeting (data an administrator changes): whether one is about a single child, and which register task holding it satisfies (the planning meeting, or a review).';
INSERT INTO meeting_type (code, label, for_child, satisfies, position) VALUES
    ('CSE_GROUP', 'Multi-agency CSE group', false, NULL, 1),
    ('PLANNING', 'Planning meeting for a child', true, 'PLANNING', 2),
    ('REVIEW', 'Review meeting for a child', true, 'REVIEW', 3),
    ('STRATEGY', 'Strategy meeting', true, NULL, 4),
    ('OPERATIONAL', 'Operational or intelligence meeting', false, NULL, 5);

CREATE TABLE meeting_group (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id             bigint      REFERENCES area (id),
    name                text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 160),
    chair_user_id       bigint      NOT NULL REFERENCES user_account (id),
    terms_of_reference  text        CHECK (length(terms_of_reference) <= 4000),
    created_by          bigint      NOT NULL REFERENCES user_account (id),
    created_at          timestamptz NOT NULL,
    version             integer     NOT NULL DEFAULT 0
);
COMMENT ON TABLE meeting_group IS
    'A multi-agency group: an area''s CSE group (area set) or a pan-partnership one (area empty), with its chair and terms of reference.';

CREATE TABLE meeting_group_member (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id   bigint NOT NULL REFERENCES meeting_group (id),
    agency_id  bigint NOT NULL REFERENCES agency (id),
    user_id    bigint REFERENCES user_account (id),
    UNIQUE (group_id, agency_id, user_id)
);
COMMENT ON TABLE meeting_group_member IS 'The agencies (and named people, where known) a group''s meetings invite.';

CREATE TABLE meeting (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id         bigint      NOT NULL REFERENCES meeting_group (id),
    type_code        text        NOT NULL REFERENCES meeting_type (code),
    area_id          bigint      REFERENCES area (id),
    child_id         bigint      REFERENCES person (id),
    starts_at        timestamptz NOT NULL,
    place            text        CHECK (length(place) <= 200),
    online           boolean     NOT NULL DEFAULT false,
    chair_user_id    bigint      NOT NULL REFERENCES user_account (id),
    status           text        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD')),
    period_from      timestamptz NOT NULL,
    agenda_built_at  timestamptz,
    held_at          timestamptz,
    created_by       bigint      NOT NULL REFERENCES user_account (id),
    created_at       timestamptz NOT NULL,
    version          integer     NOT NULL DEFAULT 0,
    CHECK (place IS NOT NULL OR online),
    CHECK ((status = 'HELD') = (held_at IS NOT NULL))
);
COMMENT ON TABLE meeting IS
    'A meeting of a group: when, where (or online), the chair, and whether it has been held. period_from is when the group last met, from which the agenda counts what is new.';
COMMENT ON COLUMN meeting.child_id IS 'Personal data: the child a planning, review or strategy meeting is about.';
CREATE INDEX meeting_group_idx ON meeting (group_id, starts_at);
CREATE INDEX meeting_area_idx ON meeting (area_id, starts_at);
CREATE INDEX meeting_child_idx ON meeting (child_id) WHERE child_id IS NOT NULL;

CREATE TABLE meeting_attendance (
    meeting_id   bigint      NOT NULL REFERENCES meeting (id),
    agency_id    bigint      NOT NULL REFERENCES agency (id),
    status       text        NOT NULL CHECK (status IN ('INVITED', 'PRESENT', 'APOLOGIES', 'ABSENT')),
    names        text        CHECK (length(names) <= 400),
    recorded_by  bigint      REFERENCES user_account (id),
    recorded_at  timestamptz,
    PRIMARY KEY (meeting_id, agency_id)
);
COMMENT ON TABLE meeting_attendance IS
    'Each agency invited to a meeting and whether it attended, sent apologies or was absent (INVITED until taken).';
COMMENT ON COLUMN meeting_attendance.names IS 'Personal data: the names of the people who attended for the agency.';

CREATE TABLE agenda_item (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id     bigint      NOT NULL REFERENCES meeting (id),
    position       integer     NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('CHILD', 'PLACE', 'PERSON', 'THEME')),
    child_id       bigint      REFERENCES person (id),
    title          text        CHECK (length(title) <= 200),
    reasons        text[]      NOT NULL DEFAULT '{}',
    notes          text        CHECK (length(notes) <= 8000),
    notes_by       bigint      REFERENCES user_account (id),
    notes_at       timestamptz,
    band_agreed    text        CHECK (length(band_agreed) <= 40),
    added_by       bigint      REFERENCES user_account (id),
    version        integer     NOT NULL DEFAULT 0,
    CHECK ((kind = 'CHILD') = (child_id IS NOT NULL)),
    CHECK (kind = 'CHILD' OR title IS NOT NULL)
);
COMMENT ON TABLE agenda_item IS
    'An item on a meeting''s agenda: a child (with the reasons the register gave: NEW_CASE, HIGH_BAND, REVIEW_OVERDUE, MISSING, NO_PLANNING_MEETING, REFERRAL, ADDED) or a place, person of concern or theme added by hand.';
COMMENT ON COLUMN agenda_item.child_id IS 'Personal data: the child discussed; the item is shown only to readers who may open the child.';
COMMENT ON COLUMN agenda_item.title IS 'Sensitive: a place, a person of concern or a theme, as the coordinator wrote it.';
COMMENT ON COLUMN agenda_item.notes IS 'Sensitive: the discussion about the child or item; saved with a version so two people never overwrite each other.';
CREATE UNIQUE INDEX agenda_item_child_idx ON agenda_item (meeting_id, child_id) WHERE child_id IS NOT NULL;
CREATE INDEX agenda_item_meeting_idx ON agenda_item (meeting_id, position);

CREATE TABLE meeting_decision (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agenda_item_id bigint      NOT NULL REFERENCES agenda_item (id),
    decision       text        NOT NULL CHECK (length(decision) BETWEEN 1 AND 2000),
    recorded_by    bigint      NOT NULL REFERENCES user_account (id),
    recorded_at    timestamptz NOT NULL
);
COMMENT ON TABLE meeting_decision IS 'A decision the meeting made on an agenda item.';
COMMENT ON COLUMN meeting_decision.decision IS 'Sensitive: what was decided about the child or item.';
CREATE INDEX meeting_decision_item_idx ON meeting_decision (agenda_item_id);

CREATE TABLE meeting_action (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id            bigint      NOT NULL REFERENCES meeting (id),
    agenda_item_id        bigint      REFERENCES agenda_item (id),
    child_id              bigint      REFERENCES person (id),
    description           text        NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
    owner_user_id         bigint      NOT NULL REFERENCES user_account (id),
    owner_agency_id       bigint      NOT NULL REFERENCES agency (id),
    due_on                date        NOT NULL,
    status                text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    escalation_level      integer     NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 2),
    escalated_to_manager  bigint      REFERENCES user_account (id),
    involvement_id        bigint      REFERENCES child_involvement (id),
    created_by            bigint      NOT NULL REFERENCES user_account (id),
    created_at            timestamptz NOT NULL,
    closed_at             timestamptz,
    version               integer     NOT NULL DEFAULT 0
);
COMMENT ON TABLE meeting_action IS
    'An action a meeting gave a person of an agency, due by a date. Overdue ones escalate to the owner''s manager (level 1) and then the chair (level 2) after the settings'' grace periods.';
COMMENT ON COLUMN meeting_action.description IS 'Sensitive: what the owner must do, which may concern the child.';
COMMENT ON COLUMN meeting_action.involvement_id IS 'The owner''s involvement with the child, started so they may open the record while the action is open.';
CREATE INDEX meeting_action_meeting_idx ON meeting_action (meeting_id);
CREATE INDEX meeting_action_owner_idx ON meeting_action (owner_user_id) WHERE status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX meeting_action_due_idx ON meeting_action (due_on, id) WHERE status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX meeting_action_child_idx ON meeting_action (child_id) WHERE child_id IS NOT NULL;

CREATE TABLE meeting_action_update (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id    bigint      NOT NULL REFERENCES meeting_action (id),
    status       text        NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    note         text        NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    recorded_by  bigint      NOT NULL REFERENCES user_account (id),
    recorded_at  timestamptz NOT NULL
);
COMMENT ON TABLE meeting_action_update IS 'Progress on an action, in the owner''s (or chair''s) words, with the status it left.';
COMMENT ON COLUMN meeting_action_update.note IS 'Sensitive: what was done, which may concern the child.';
CREATE INDEX meeting_action_update_action_idx ON meeting_action_update (action_id);

CREATE TABLE strategy_discussion (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id       bigint      NOT NULL REFERENCES person (id),
    screening_id   bigint      NOT NULL UNIQUE REFERENCES screening (id),
    task_key       text        NOT NULL,
    triggers       text        NOT NULL CHECK (length(triggers) <= 2000),
    due_on         date        NOT NULL,
    status         text        NOT NULL DEFAULT 'DUE' CHECK (status IN ('DUE', 'HELD')),
    held_on        date,
    section_47     boolean,
    other_actions  text        CHECK (length(other_actions) <= 4000),
    recorded_by    bigint      REFERENCES user_account (id),
    recorded_at    timestamptz,
    created_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0,
    CHECK ((status = 'HELD') = (held_on IS NOT NULL AND section_47 IS NOT NULL))
);
COMMENT ON TABLE strategy_discussion IS
    'A strategy discussion a screening''s child protection trigger asked for (Working Together: police and children''s social care at least), due by the screening setting''s working days; its decision on a section 47 enquiry and other actions.';
COMMENT ON COLUMN strategy_discussion.child_id IS 'Personal data: the child discussed.';
COMMENT ON COLUMN strategy_discussion.triggers IS 'Sensitive: the child protection triggers the screening answered.';
COMMENT ON COLUMN strategy_discussion.other_actions IS 'Sensitive: what else was decided to keep the child safe.';
CREATE INDEX strategy_discussion_child_idx ON strategy_discussion (child_id);

CREATE TABLE strategy_participant (
    discussion_id  bigint NOT NULL REFERENCES strategy_discussion (id),
    agency_id      bigint NOT NULL REFERENCES agency (id),
    names          text   NOT NULL CHECK (length(names) BETWEEN 1 AND 400),
    PRIMARY KEY (discussion_id, agency_id)
);
COMMENT ON TABLE strategy_participant IS 'The agencies, and the people for them, who took part in a strategy discussion.';
COMMENT ON COLUMN strategy_participant.names IS 'Personal data: the professionals who took part.';
