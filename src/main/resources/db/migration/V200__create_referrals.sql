-- Referrals between agencies (referrals module): the referral and its state machine, every decision to share or not
-- to share information (domain reference section 8), the commissioned service's direct work and outcome at closure,
-- disclosures with the police response, and the National Referral Mechanism. Catalogues and timescales are data.

INSERT INTO permission (code, description) VALUES
    ('RECEIVE_REFERRALS', 'Work the agency''s queue of referrals received: accept, decline or redirect them'),
    ('DIRECT_WORK', 'Do the commissioned service''s direct work with a young person and close it with an outcome'),
    ('RECORD_POLICE_RESPONSE', 'Record the police response to a disclosure passed to the police'),
    ('SEARCH_SHARING_LOG', 'Search the information-sharing log of the areas one works in');
INSERT INTO role_permission (role_code, permission_code) VALUES
    ('SAFEGUARDING_LEAD', 'RECEIVE_REFERRALS'),
    ('TEAM_MANAGER', 'RECEIVE_REFERRALS'),
    ('CSE_COORDINATOR', 'RECEIVE_REFERRALS'),
    ('CASE_WORKER', 'RECEIVE_REFERRALS'),
    ('POLICE_INVESTIGATOR', 'RECEIVE_REFERRALS'),
    ('CASE_WORKER', 'DIRECT_WORK'),
    ('TEAM_MANAGER', 'DIRECT_WORK'),
    ('POLICE_INVESTIGATOR', 'RECORD_POLICE_RESPONSE'),
    ('TEAM_MANAGER', 'SEARCH_SHARING_LOG'),
    ('CSE_COORDINATOR', 'SEARCH_SHARING_LOG');

CREATE TABLE referral_setting (
    id                             boolean PRIMARY KEY DEFAULT true CHECK (id),
    decision_working_days          integer NOT NULL DEFAULT 1 CHECK (decision_working_days BETWEEN 0 AND 10),
    urgent_decision_working_days   integer NOT NULL DEFAULT 0 CHECK (urgent_decision_working_days BETWEEN 0 AND 10),
    police_response_working_days   integer NOT NULL DEFAULT 5 CHECK (police_response_working_days BETWEEN 1 AND 30),
    nrm_reasonable_working_days    integer NOT NULL DEFAULT 5 CHECK (nrm_reasonable_working_days BETWEEN 1 AND 30),
    nrm_conclusive_days            integer NOT NULL DEFAULT 90 CHECK (nrm_conclusive_days BETWEEN 30 AND 365),
    version                        integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE referral_setting IS
    'The partnership''s referral timescales: working days for a receiving agency''s decision (1, urgent 0 = the next working day), for the police response to a disclosure before an alert (5), for the NRM reasonable-grounds decision (5 working days: Home Office statutory guidance) and days to the conclusive-grounds decision before it is chased (90).';
INSERT INTO referral_setting DEFAULT VALUES;

CREATE TABLE referral_reason (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 160),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE referral_reason IS 'Why a child is referred (a catalogue an administrator changes): the strategy counts referrals for online grooming and with missing episodes.';
INSERT INTO referral_reason (code, label, position) VALUES
    ('ONLINE_GROOMING', 'Online grooming or social media', 1),
    ('MISSING', 'Missing episodes', 2),
    ('CSE_CONCERN', 'Child sexual exploitation concern', 3),
    ('CRIMINAL_EXPLOITATION', 'Criminal exploitation or county lines', 4),
    ('TRAFFICKING', 'Trafficking or modern slavery', 5),
    ('PEER_ON_PEER', 'Peer-on-peer abuse', 6),
    ('SEXUAL_HEALTH', 'Sexual health', 7),
    ('EMOTIONAL_WELLBEING', 'Emotional wellbeing or mental health', 8);

CREATE TABLE lawful_basis (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 300),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE lawful_basis IS 'The lawful bases on which information is shared without consent (domain reference section 8), as data.';
INSERT INTO lawful_basis (code, label, position) VALUES
    ('SAFEGUARDING_CHILDREN', 'UK GDPR Art. 6(1)(e) public task and DPA 2018 Schedule 1 para 18, safeguarding of children', 1),
    ('LAW_ENFORCEMENT', 'DPA 2018 Part 3 and Schedule 8 para 4, law enforcement', 2),
    ('CHILDREN_ACT_S47', 'UK GDPR Art. 6(1)(c) legal obligation, Children Act 1989 s.47 enquiries', 3),
    ('VITAL_INTERESTS', 'UK GDPR Art. 6(1)(d) vital interests, to protect the child''s life', 4);

CREATE TABLE sharing_decision (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id            bigint      NOT NULL REFERENCES person (id),
    area_id             bigint      NOT NULL REFERENCES area (id),
    shared              boolean     NOT NULL,
    what                text        NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
    with_agency_id      bigint      REFERENCES agency (id),
    with_whom           text        CHECK (length(with_whom) <= 300),
    consent             text        NOT NULL CHECK (consent IN ('GIVEN', 'REFUSED', 'NOT_SOUGHT')),
    lawful_basis_code   text        REFERENCES lawful_basis (code),
    reason              text        CHECK (length(reason) <= 2000),
    decided_by          bigint      NOT NULL REFERENCES user_account (id),
    decided_agency_id   bigint      NOT NULL REFERENCES agency (id),
    decided_at          timestamptz NOT NULL,
    CHECK (with_agency_id IS NOT NULL OR with_whom IS NOT NULL),
    -- Shared without consent: the lawful basis and the reason are required (domain reference section 8).
    CHECK (NOT shared OR consent = 'GIVEN' OR (lawful_basis_code IS NOT NULL AND reason IS NOT NULL)),
    -- A decision not to share is recorded with its reason.
    CHECK (shared OR reason IS NOT NULL)
);
COMMENT ON TABLE sharing_decision IS
    'The information-sharing log: every decision to share or not to share a child''s information, with whom, on what lawful basis, with or without consent, why, and who decided. Never changed or deleted.';
COMMENT ON COLUMN sharing_decision.what IS 'Sensitive: what was (or was not) shared.';
COMMENT ON COLUMN sharing_decision.reason IS 'Sensitive: why it was shared without consent, or why it was not shared.';
COMMENT ON COLUMN sharing_decision.with_whom IS 'Personal data: a recipient outside the partnership''s agencies, as described.';
CREATE INDEX sharing_decision_child_idx ON sharing_decision (child_id, decided_at DESC);
CREATE INDEX sharing_decision_area_idx ON sharing_decision (area_id, decided_at DESC);
CREATE FUNCTION sharing_decision_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the information-sharing log is never changed or deleted';
END;
$$;
CREATE TRIGGER sharing_decision_append_only BEFORE UPDATE OR DELETE ON sharing_decision
    FOR EACH ROW EXECUTE FUNCTION sharing_decision_refuse_change();

CREATE TABLE referral (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id                bigint      NOT NULL REFERENCES person (id),
    area_id                 bigint      NOT NULL REFERENCES area (id),
    from_agency_id          bigint      NOT NULL REFERENCES agency (id),
    from_user_id            bigint      NOT NULL REFERENCES user_account (id),
    to_agency_id            bigint      NOT NULL REFERENCES agency (id),
    urgency                 text        NOT NULL CHECK (urgency IN ('ROUTINE', 'URGENT')),
    concern                 text        NOT NULL CHECK (length(concern) BETWEEN 1 AND 4000),
    consent                 text        CHECK (consent IN ('GIVEN', 'REFUSED', 'NOT_SOUGHT')),
    lawful_basis_code       text        REFERENCES lawful_basis (code),
    sharing_reason          text        CHECK (length(sharing_reason) <= 2000),
    sharing_decision_id     bigint      REFERENCES sharing_decision (id),
    status                  text        NOT NULL DEFAULT 'DRAFT'
                                        CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'REDIRECTED', 'CLOSED')),
    created_at              timestamptz NOT NULL,
    sent_at                 timestamptz,
    decision_due_on         date,
    decided_at              timestamptz,
    decided_by              bigint      REFERENCES user_account (id),
    decline_reason          text        CHECK (length(decline_reason) BETWEEN 1 AND 2000),
    redirected_to_agency_id bigint      REFERENCES agency (id),
    redirect_reason         text        CHECK (length(redirect_reason) BETWEEN 1 AND 2000),
    worker_id               bigint      REFERENCES user_account (id),
    involvement_id          bigint      REFERENCES child_involvement (id),
    band_at_start           text        CHECK (length(band_at_start) <= 60),
    band_rank_at_start      integer,
    band_at_close           text        CHECK (length(band_at_close) <= 60),
    band_rank_at_close      integer,
    outcome                 text        CHECK (outcome IN ('RISK_REDUCED', 'RISK_UNCHANGED', 'RISK_INCREASED')),
    closure_note            text        CHECK (length(closure_note) <= 2000),
    closed_at               timestamptz,
    closed_by               bigint      REFERENCES user_account (id),
    version                 integer     NOT NULL DEFAULT 0,
    CHECK (to_agency_id <> from_agency_id),
    -- A referral without a sharing decision cannot be sent (domain reference section 8).
    CHECK (status = 'DRAFT' OR (sharing_decision_id IS NOT NULL AND sent_at IS NOT NULL AND decision_due_on IS NOT NULL)),
    CHECK (consent IS NULL OR consent = 'GIVEN' OR status = 'DRAFT'
           OR (lawful_basis_code IS NOT NULL AND sharing_reason IS NOT NULL)),
    CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
    CHECK (status <> 'REDIRECTED' OR (redirected_to_agency_id IS NOT NULL AND redirect_reason IS NOT NULL)),
    CHECK (status <> 'ACCEPTED' OR worker_id IS NOT NULL),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK (outcome IS NULL OR worker_id IS NOT NULL)
);
COMMENT ON TABLE referral IS
    'A referral of a child from one agency to another (the commissioned service, the front door, police, health, education, youth justice): draft, sent, accepted / declined / redirected, closed. The receiving agency sees only what it shares until it accepts.';
COMMENT ON COLUMN referral.concern IS 'Sensitive: the concern and what is shared with the receiving agency.';
COMMENT ON COLUMN referral.sharing_reason IS 'Sensitive: why the information is shared without consent.';
COMMENT ON COLUMN referral.decline_reason IS 'Why the receiving agency declined the referral.';
COMMENT ON COLUMN referral.redirect_reason IS 'Why the receiving agency redirected the referral, and to whom.';
COMMENT ON COLUMN referral.band_at_start IS 'The standing screening band when the receiving service accepted: compared with the band at closure.';
COMMENT ON COLUMN referral.closure_note IS 'Sensitive: the receiving service''s summary at closure.';
CREATE INDEX referral_child_idx ON referral (child_id, created_at DESC);
CREATE INDEX referral_queue_idx ON referral (to_agency_id, area_id, decision_due_on, id) WHERE status = 'SENT';
CREATE INDEX referral_open_idx ON referral (to_agency_id, area_id, id) WHERE status = 'ACCEPTED';
CREATE INDEX referral_worker_idx ON referral (worker_id, id) WHERE status = 'ACCEPTED';
CREATE INDEX referral_closed_idx ON referral (to_agency_id, area_id, closed_at) INCLUDE (outcome) WHERE status = 'CLOSED';

CREATE TABLE referral_reason_given (
    referral_id  bigint NOT NULL REFERENCES referral (id),
    reason_code  text   NOT NULL REFERENCES referral_reason (code),
    PRIMARY KEY (referral_id, reason_code)
);
COMMENT ON TABLE referral_reason_given IS 'The reasons a referral gives, one row each.';

CREATE TABLE referral_transition (
    from_status  text NOT NULL,
    to_status    text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
COMMENT ON TABLE referral_transition IS
    'The referral state machine: the only status changes the database allows (ReferralStatus says the same in code).';
INSERT INTO referral_transition (from_status, to_status) VALUES
    ('DRAFT', 'SENT'), ('SENT', 'ACCEPTED'), ('SENT', 'DECLINED'), ('SENT', 'REDIRECTED'),
    ('ACCEPTED', 'CLOSED'), ('DECLINED', 'CLOSED'), ('REDIRECTED', 'CLOSED');

CREATE FUNCTION referral_refuse_illegal_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status <> OLD.status AND NOT EXISTS (
            SELECT 1 FROM referral_transition t WHERE t.from_status = OLD.status AND t.to_status = NEW.status) THEN
        RAISE EXCEPTION 'a referral cannot go from % to %', OLD.status, NEW.status;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER referral_legal_transition BEFORE UPDATE ON referral
    FOR EACH ROW EXECUTE FUNCTION referral_refuse_illegal_transition();

CREATE TABLE referral_step (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id  bigint      NOT NULL REFERENCES referral (id),
    from_status  text,
    to_status    text        NOT NULL,
    taken_at     timestamptz NOT NULL,
    taken_by     bigint      NOT NULL REFERENCES user_account (id),
    agency_id    bigint      NOT NULL REFERENCES agency (id),
    note         text        CHECK (length(note) <= 2000)
);
COMMENT ON TABLE referral_step IS 'Each step of a referral''s history: who moved it from which state to which, when.';
COMMENT ON COLUMN referral_step.note IS 'Sensitive: the reason given with the step (declined, redirected, closed).';
CREATE INDEX referral_step_referral_idx ON referral_step (referral_id, id);

CREATE TABLE session_topic (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 160),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE session_topic IS 'What direct work sessions cover (a catalogue an administrator changes).';
INSERT INTO session_topic (code, label, position) VALUES
    ('HEALTHY_RELATIONSHIPS', 'Healthy relationships', 1),
    ('ONLINE_SAFETY', 'Online safety', 2),
    ('CONSENT', 'Consent', 3),
    ('EXPLOITATION_AWARENESS', 'Exploitation awareness', 4),
    ('SEXUAL_HEALTH', 'Sexual health', 5),
    ('SELF_ESTEEM', 'Self-esteem and emotional wellbeing', 6),
    ('SUBSTANCE_MISUSE', 'Alcohol and drugs', 7),
    ('SAFETY_PLANNING', 'Safety planning', 8);

CREATE TABLE direct_work_session (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id       bigint      NOT NULL REFERENCES referral (id),
    worker_id         bigint      NOT NULL REFERENCES user_account (id),
    held_on           date        NOT NULL,
    duration_minutes  integer     NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    place             text        NOT NULL CHECK (length(place) BETWEEN 1 AND 300),
    engagement        text        NOT NULL CHECK (engagement IN ('GOOD', 'SOME', 'LITTLE', 'NONE')),
    child_words       text        CHECK (length(child_words) <= 4000),
    recorded_at       timestamptz NOT NULL
);
COMMENT ON TABLE direct_work_session IS 'A session of the commissioned service''s direct work with a young person on an accepted referral.';
COMMENT ON COLUMN direct_work_session.place IS 'Personal data: where the session was held.';
COMMENT ON COLUMN direct_work_session.child_words IS 'Sensitive: the young person''s own words.';
CREATE INDEX direct_work_session_referral_idx ON direct_work_session (referral_id, held_on DESC);

CREATE TABLE direct_work_session_topic (
    session_id  bigint NOT NULL REFERENCES direct_work_session (id),
    topic_code  text   NOT NULL REFERENCES session_topic (code),
    PRIMARY KEY (session_id, topic_code)
);
COMMENT ON TABLE direct_work_session_topic IS 'The topics a session covered, one row each.';

CREATE TABLE disclosure_kind (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 160),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE disclosure_kind IS 'What kind of abuse or exploitation a disclosure is about (a catalogue).';
INSERT INTO disclosure_kind (code, label, position) VALUES
    ('SEXUAL_EXPLOITATION', 'Sexual exploitation', 1),
    ('SEXUAL_ABUSE', 'Sexual abuse or assault', 2),
    ('ONLINE_ABUSE', 'Online abuse or image sharing', 3),
    ('CRIMINAL_EXPLOITATION', 'Criminal exploitation', 4),
    ('TRAFFICKING', 'Trafficking', 5),
    ('PHYSICAL_ABUSE', 'Physical abuse', 6),
    ('OTHER', 'Other', 9);

CREATE TABLE police_response_kind (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 160),
    needs_reason boolean NOT NULL DEFAULT false,
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE police_response_kind IS 'What the police did with a disclosure (a catalogue); "no further action" needs a reason.';
INSERT INTO police_response_kind (code, label, needs_reason, position) VALUES
    ('INVESTIGATION_OPENED', 'Investigation opened', false, 1),
    ('INTELLIGENCE_RECORDED', 'Recorded as intelligence', false, 2),
    ('SUSPECT_ARRESTED', 'Suspect arrested', false, 3),
    ('CHARGED', 'Charged', false, 4),
    ('DISRUPTION', 'Disruption measure taken', false, 5),
    ('NO_FURTHER_ACTION', 'No further action', true, 6);

CREATE TABLE disclosure (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id             bigint      NOT NULL REFERENCES person (id),
    area_id              bigint      NOT NULL REFERENCES area (id),
    source               text        UNIQUE CHECK (length(source) <= 100),
    referral_id          bigint      REFERENCES referral (id),
    disclosed_by         text        NOT NULL CHECK (length(disclosed_by) BETWEEN 1 AND 160),
    disclosed_to         text        NOT NULL CHECK (length(disclosed_to) BETWEEN 1 AND 160),
    disclosed_at         timestamptz NOT NULL,
    place                text        CHECK (length(place) <= 300),
    words                text        NOT NULL CHECK (length(words) BETWEEN 1 AND 4000),
    verbatim             boolean     NOT NULL,
    about_person_id      bigint      REFERENCES person (id),
    about_description    text        CHECK (length(about_description) <= 500),
    kind_code            text        NOT NULL REFERENCES disclosure_kind (code),
    passed_to_police_at  timestamptz,
    passed_by            text        CHECK (length(passed_by) <= 160),
    police_reference     text        CHECK (length(police_reference) <= 40),
    response_due_on      date,
    response_code        text        REFERENCES police_response_kind (code),
    response_on          date,
    response_reason      text        CHECK (length(response_reason) <= 2000),
    response_by          bigint      REFERENCES user_account (id),
    recorded_by          bigint      NOT NULL REFERENCES user_account (id),
    recorded_agency_id   bigint      NOT NULL REFERENCES agency (id),
    recorded_at          timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    CHECK (about_person_id IS NOT NULL OR about_description IS NOT NULL),
    CHECK ((passed_to_police_at IS NULL) = (response_due_on IS NULL)),
    CHECK (passed_to_police_at IS NULL OR passed_to_police_at >= disclosed_at),
    CHECK (response_code IS NULL OR (passed_to_police_at IS NOT NULL AND response_on IS NOT NULL
                                     AND response_on >= CAST(passed_to_police_at AT TIME ZONE 'Europe/London' AS date)))
);
COMMENT ON TABLE disclosure IS
    'A child''s disclosure: who disclosed to whom, when and where, the child''s words, about whom, what kind, when it was passed to the police and their response. Made directly or from a return home interview (source).';
COMMENT ON COLUMN disclosure.source IS 'Where it came from when another module recorded it first (return-interview:<id>), so it is made once.';
COMMENT ON COLUMN disclosure.disclosed_by IS 'Personal data: who disclosed (usually the child).';
COMMENT ON COLUMN disclosure.disclosed_to IS 'Personal data: to whom.';
COMMENT ON COLUMN disclosure.place IS 'Personal data: where it was disclosed.';
COMMENT ON COLUMN disclosure.words IS 'Sensitive: the child''s words, verbatim or in summary.';
COMMENT ON COLUMN disclosure.about_person_id IS 'The person record the disclosure is about, where known (usable by the intelligence module).';
COMMENT ON COLUMN disclosure.about_description IS 'Sensitive: whom the disclosure is about, as described.';
COMMENT ON COLUMN disclosure.police_reference IS 'The police reference for the disclosure.';
COMMENT ON COLUMN disclosure.response_reason IS 'Sensitive: why the police took no further action, or the detail of their response.';
CREATE INDEX disclosure_child_idx ON disclosure (child_id, disclosed_at DESC);
CREATE INDEX disclosure_awaiting_idx ON disclosure (area_id, response_due_on) WHERE response_code IS NULL AND response_due_on IS NOT NULL;

CREATE TABLE nrm_referral (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id                bigint      NOT NULL REFERENCES person (id),
    area_id                 bigint      NOT NULL REFERENCES area (id),
    first_responder         text        NOT NULL CHECK (length(first_responder) BETWEEN 1 AND 160),
    first_responder_agency  bigint      NOT NULL REFERENCES agency (id),
    exploitation            text        NOT NULL CHECK (length(exploitation) BETWEEN 1 AND 2000),
    submitted_on            date        NOT NULL,
    reasonable_due_on       date        NOT NULL,
    reasonable_on           date,
    reasonable_outcome      text        CHECK (reasonable_outcome IN ('POSITIVE', 'NEGATIVE')),
    conclusive_due_on       date,
    conclusive_on           date,
    conclusive_outcome      text        CHECK (conclusive_outcome IN ('POSITIVE', 'NEGATIVE')),
    support_offered         text        CHECK (length(support_offered) <= 2000),
    recorded_by             bigint      NOT NULL REFERENCES user_account (id),
    recorded_at             timestamptz NOT NULL,
    version                 integer     NOT NULL DEFAULT 0,
    CHECK ((reasonable_on IS NULL) = (reasonable_outcome IS NULL)),
    CHECK ((conclusive_on IS NULL) = (conclusive_outcome IS NULL)),
    CHECK (reasonable_on IS NULL OR reasonable_on >= submitted_on),
    -- The conclusive decision follows a positive reasonable-grounds decision.
    CHECK (conclusive_on IS NULL OR (reasonable_outcome = 'POSITIVE' AND conclusive_on >= reasonable_on)),
    CHECK ((conclusive_due_on IS NOT NULL) = (reasonable_outcome = 'POSITIVE'))
);
COMMENT ON TABLE nrm_referral IS
    'A National Referral Mechanism referral of a child as a potential victim of modern slavery: the first responder, the reasonable- and conclusive-grounds decisions of the competent authority, and the support offered.';
COMMENT ON COLUMN nrm_referral.first_responder IS 'Personal data: the first responder who made the referral.';
COMMENT ON COLUMN nrm_referral.exploitation IS 'Sensitive: the exploitation the referral describes.';
COMMENT ON COLUMN nrm_referral.support_offered IS 'Sensitive: the support offered to the child.';
CREATE INDEX nrm_referral_child_idx ON nrm_referral (child_id, submitted_on DESC);
