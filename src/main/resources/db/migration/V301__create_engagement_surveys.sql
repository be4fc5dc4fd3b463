-- Feedback surveys (engagement module, ADR 0017): children and young people, and parents and carers, answer the
-- strategy's measures as statements (priorities 2 and 3) through a single-use code, without an account. Anonymous
-- answers are unlinkable: a response keeps no code, session, address or time finer than the day, and its id is random.
-- Survivor consultations: what young people who are survivors suggest for prevention and disruption, consented and
-- anonymised.

CREATE TABLE survey_question (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    audience  text    NOT NULL CHECK (audience IN ('CHILDREN_YOUNG_PEOPLE', 'PARENTS_CARERS')),
    position  integer NOT NULL,
    wording   text    NOT NULL CHECK (length(wording) BETWEEN 1 AND 200),
    measure   text    NOT NULL CHECK (length(measure) BETWEEN 1 AND 300),
    retired   boolean NOT NULL DEFAULT false,
    UNIQUE (audience, position)
);
COMMENT ON TABLE survey_question IS
    'A statement the survey asks people to agree or disagree with, taken from the strategy''s "we will measure success by" (data an administrator may change; a retired question is no longer asked).';
INSERT INTO survey_question (code, audience, position, wording, measure) VALUES
    ('HEALTHY_RELATIONSHIP', 'CHILDREN_YOUNG_PEOPLE', 1, 'I understand what a healthy relationship is', 'Priority 2: children understand what a healthy relationship is'),
    ('REPORT_ONLINE_RISK', 'CHILDREN_YOUNG_PEOPLE', 2, 'I know how to report a risk online', 'Priority 2: children know the pathways to report online risks to safe adults'),
    ('FEEL_SAFER', 'CHILDREN_YOUNG_PEOPLE', 3, 'I feel safer', 'Priority 2: children report that they feel safer'),
    ('SUPPORT_DIFFERENCE', 'CHILDREN_YOUNG_PEOPLE', 4, 'The support I got made a positive difference', 'Priority 3: the support made a positive difference to make the child safer'),
    ('CONFIDENT_ONLINE', 'PARENTS_CARERS', 1, 'I am confident about the risks my child faces online and on social media', 'Priority 1: parents report greater confidence about online and social media risks'),
    ('CARER_SUPPORT_DIFFERENCE', 'PARENTS_CARERS', 2, 'The support we got made a positive difference to keeping my child safe', 'Priority 3: families report that the support made a positive difference'),
    ('VIEWS_TAKEN_INTO_ACCOUNT', 'PARENTS_CARERS', 3, 'Our views were taken into account when support was planned', 'Priority 3: the views of children and parents are taken into account');

CREATE TABLE survey_invitation (
    id              bigserial   PRIMARY KEY,
    area_id         bigint      NOT NULL REFERENCES area (id),
    audience        text        NOT NULL CHECK (audience IN ('CHILDREN_YOUNG_PEOPLE', 'PARENTS_CARERS')),
    code_hash       bytea       NOT NULL UNIQUE CHECK (length(code_hash) = 32),
    child_id        bigint      REFERENCES person (id),
    issued_by       bigint      NOT NULL REFERENCES user_account (id),
    issued_on       date        NOT NULL,
    used            boolean     NOT NULL DEFAULT false
);
COMMENT ON TABLE survey_invitation IS
    'A single-use survey code, kept only as its SHA-256 hash. "used" has no time, so no answer can be matched to the code that opened it; a child is named only when the child (or carer) consented to their answers being linked to their case.';
COMMENT ON COLUMN survey_invitation.child_id IS
    'The child whose case the answers join, only with consent recorded when the code was issued.';

CREATE TABLE survey_response (
    id           uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
    area_id      bigint  NOT NULL REFERENCES area (id),
    audience     text    NOT NULL CHECK (audience IN ('CHILDREN_YOUNG_PEOPLE', 'PARENTS_CARERS')),
    answered_on  date    NOT NULL,
    child_id     bigint  REFERENCES person (id)
);
COMMENT ON TABLE survey_response IS
    'One completed survey. Deliberately without the code, session, address or time of day: an anonymous response cannot be linked to anyone. The id is random so that its order says nothing either.';
COMMENT ON COLUMN survey_response.child_id IS 'Set only when the invitation recorded consent to link the answers to the child''s case.';

CREATE TABLE survey_answer (
    response_id    uuid     NOT NULL REFERENCES survey_response (id),
    question_code  text     NOT NULL REFERENCES survey_question (code),
    answer         smallint NOT NULL CHECK (answer BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, question_code)
);
COMMENT ON TABLE survey_answer IS
    'An answer on a five-point scale: 1 strongly disagree, 2 disagree, 3 neither, 4 agree, 5 strongly agree.';

CREATE TABLE survivor_consultation (
    id            bigserial   PRIMARY KEY,
    area_id       bigint      NOT NULL REFERENCES area (id),
    held_on       date        NOT NULL,
    consented     boolean     NOT NULL CHECK (consented),
    age_band      text        NOT NULL CHECK (age_band IN ('UNDER_16', '16_17', '18_24', '25_PLUS')),
    prevention    text        CHECK (length(prevention) <= 4000),
    disruption    text        CHECK (length(disruption) <= 4000),
    recorded_by   bigint      NOT NULL REFERENCES user_account (id),
    recorded_at   timestamptz NOT NULL,
    CHECK (prevention IS NOT NULL OR disruption IS NOT NULL)
);
COMMENT ON TABLE survivor_consultation IS
    'What a young person who is a survivor of exploitation suggested for prevention and disruption: recorded only with their consent, and anonymised (an age band, never a name or a record).';
COMMENT ON COLUMN survivor_consultation.prevention IS 'Suggestions for prevention, anonymised before recording.';
COMMENT ON COLUMN survivor_consultation.disruption IS 'Suggestions for disruption, anonymised before recording.';
