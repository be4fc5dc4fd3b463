-- Missing from home and care (missing module): episodes, the places and people involved, return home interviews
-- within 72 hours, push and pull factors (a catalogue, data), and the partnership's settings for them.
-- Domain reference section 5; the statutory return's rules (SSDA903) are also constraints here, so a race between
-- two people recording episodes for one child fails in the database rather than saving an overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;

INSERT INTO permission (code, description) VALUES
    ('RETURN_INTERVIEW', 'Do return home interviews for the commissioned missing service'),
    ('COORDINATE_MISSING', 'See an area''s missing episodes and return interviews, and export the statutory return');
INSERT INTO role_permission (role_code, permission_code) VALUES
    ('CASE_WORKER', 'RETURN_INTERVIEW'),
    ('CSE_COORDINATOR', 'COORDINATE_MISSING'),
    ('TEAM_MANAGER', 'COORDINATE_MISSING');

CREATE TABLE missing_setting (
    id                    boolean PRIMARY KEY DEFAULT true CHECK (id),
    interview_hours       integer NOT NULL DEFAULT 72 CHECK (interview_hours BETWEEN 24 AND 168),
    repeat_episodes       integer NOT NULL DEFAULT 3 CHECK (repeat_episodes BETWEEN 2 AND 20),
    repeat_window_days    integer NOT NULL DEFAULT 90 CHECK (repeat_window_days BETWEEN 7 AND 365),
    version               integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE missing_setting IS
    'The partnership''s missing settings: hours after a return by which the return home interview is due (72: statutory guidance 2014), and how many episodes in how many days make a child "repeat missing" and prompt a new screening (3 in 90).';
INSERT INTO missing_setting DEFAULT VALUES;

CREATE TABLE push_pull_factor (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    kind      text    NOT NULL CHECK (kind IN ('PUSH', 'PULL')),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 160),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE push_pull_factor IS
    'Why children go missing, as return home interviews record it: push factors (away from home or placement) and pull factors (towards people or places). Data an administrator changes.';
INSERT INTO push_pull_factor (code, kind, label, position) VALUES
    ('CONFLICT_AT_HOME', 'PUSH', 'Conflict or arguments at home or in placement', 1),
    ('ABUSE_AT_HOME', 'PUSH', 'Abuse or neglect at home', 2),
    ('PLACEMENT_UNHAPPY', 'PUSH', 'Unhappy in the placement', 3),
    ('BOUNDARIES', 'PUSH', 'Rules, boundaries or sanctions', 4),
    ('BULLYING', 'PUSH', 'Bullying', 5),
    ('MENTAL_HEALTH', 'PUSH', 'Emotional or mental health', 6),
    ('SCHOOL_PROBLEMS', 'PUSH', 'Problems at school or college', 7),
    ('FRIENDS', 'PULL', 'Wanting to be with friends', 20),
    ('BOYFRIEND_GIRLFRIEND', 'PULL', 'A boyfriend, girlfriend or older partner', 21),
    ('FAMILY', 'PULL', 'Wanting to see family', 22),
    ('ADULTS_OF_CONCERN', 'PULL', 'Adults of concern, gifts or money', 23),
    ('ALCOHOL_DRUGS', 'PULL', 'Alcohol or drugs', 24),
    ('ONLINE_CONTACT', 'PULL', 'Someone met online', 25),
    ('GANG_ASSOCIATION', 'PULL', 'Gang association or county lines', 26);

CREATE TABLE missing_episode (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id            bigint      NOT NULL REFERENCES person (id),
    area_id             bigint      NOT NULL REFERENCES area (id),
    category            text        NOT NULL CHECK (category IN ('MISSING', 'ABSENT', 'AWAY')),
    reported_by         text        NOT NULL CHECK (length(reported_by) BETWEEN 1 AND 160),
    reported_at         timestamptz NOT NULL,
    police_reference    text        CHECK (length(police_reference) <= 40),
    started_at          timestamptz NOT NULL,
    ended_at            timestamptz,
    risk_grade          text        NOT NULL CHECK (risk_grade IN ('NO_APPARENT_RISK', 'LOW', 'MEDIUM', 'HIGH')),
    risk_reason         text        NOT NULL CHECK (length(risk_reason) BETWEEN 1 AND 2000),
    graded_by           text        NOT NULL CHECK (length(graded_by) BETWEEN 1 AND 160),
    looked_after        boolean     NOT NULL,
    where_found         text        CHECK (length(where_found) <= 1000),
    found_with          text        CHECK (length(found_with) <= 1000),
    how_returned        text        CHECK (length(how_returned) <= 1000),
    harm_or_crime       text        CHECK (length(harm_or_crime) <= 2000),
    recorded_by         bigint      NOT NULL REFERENCES user_account (id),
    recorded_at         timestamptz NOT NULL,
    return_recorded_by  bigint      REFERENCES user_account (id),
    return_recorded_at  timestamptz,
    interview_due_at    timestamptz,
    version             integer     NOT NULL DEFAULT 0,
    CHECK (ended_at IS NULL OR ended_at >= started_at),
    CHECK ((ended_at IS NULL) = (return_recorded_at IS NULL)),
    -- No two episodes of one child overlap (SSDA903 validation), whoever records them and however fast.
    EXCLUDE USING gist (child_id WITH =, tstzrange(started_at, coalesce(ended_at, 'infinity'), '[)') WITH &&)
);
COMMENT ON TABLE missing_episode IS
    'A child missing, absent or away from placement without authorisation (Pan-Cheshire categories, domain reference section 5), with the police risk grading and how it ended.';
COMMENT ON COLUMN missing_episode.reported_by IS 'Personal data: who reported the child missing (a carer, a school, the police).';
COMMENT ON COLUMN missing_episode.police_reference IS 'The police incident or missing person reference.';
COMMENT ON COLUMN missing_episode.risk_reason IS 'Sensitive: why the police graded the risk as they did.';
COMMENT ON COLUMN missing_episode.looked_after IS 'Whether the child was looked after when the episode started (from the person record): such episodes go on the SSDA903 return.';
COMMENT ON COLUMN missing_episode.where_found IS 'Sensitive: where the child was found.';
COMMENT ON COLUMN missing_episode.found_with IS 'Sensitive: with whom the child was found.';
COMMENT ON COLUMN missing_episode.harm_or_crime IS 'Sensitive: harm suffered or crime while missing.';
COMMENT ON COLUMN missing_episode.interview_due_at IS
    'When the return home interview is due, from the return until an interview is recorded (then empty): the coordinator''s view reads due and overdue interviews from its index.';
CREATE UNIQUE INDEX missing_episode_one_open_idx ON missing_episode (child_id) WHERE ended_at IS NULL;
CREATE INDEX missing_episode_child_idx ON missing_episode (child_id, started_at DESC);
CREATE INDEX missing_episode_area_idx ON missing_episode (area_id, started_at DESC);
CREATE INDEX missing_episode_open_idx ON missing_episode (area_id, started_at DESC) WHERE ended_at IS NULL;
CREATE INDEX missing_episode_interview_due_idx ON missing_episode (area_id, interview_due_at)
    WHERE interview_due_at IS NOT NULL;
CREATE INDEX missing_episode_ended_idx ON missing_episode (area_id, ended_at) WHERE ended_at IS NOT NULL;
CREATE INDEX missing_episode_return_idx ON missing_episode (started_at) WHERE looked_after AND category <> 'ABSENT';

CREATE TABLE missing_episode_involved (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    episode_id   bigint  NOT NULL REFERENCES missing_episode (id),
    kind         text    NOT NULL CHECK (kind IN ('PLACE', 'PERSON')),
    person_id    bigint  REFERENCES person (id),
    description  text    NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    position     integer NOT NULL,
    CHECK (person_id IS NULL OR kind = 'PERSON')
);
COMMENT ON TABLE missing_episode_involved IS
    'A place or a person involved in an episode, one row each (a person record where known, otherwise a description), so the intelligence module can link them later.';
COMMENT ON COLUMN missing_episode_involved.description IS 'Sensitive: a place or a person as described.';
CREATE INDEX missing_episode_involved_episode_idx ON missing_episode_involved (episode_id);

CREATE TABLE return_interview (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    episode_id              bigint      NOT NULL UNIQUE REFERENCES missing_episode (id),
    outcome                 text        NOT NULL CHECK (outcome IN ('COMPLETED', 'DECLINED', 'NOT_POSSIBLE')),
    offered_at              timestamptz NOT NULL,
    held_at                 timestamptz,
    conducted_by            bigint      NOT NULL REFERENCES user_account (id),
    conducted_agency_id     bigint      NOT NULL REFERENCES agency (id),
    reason_not_held         text        CHECK (length(reason_not_held) <= 2000),
    where_and_with_whom     text        CHECK (length(where_and_with_whom) <= 4000),
    how_travelled           text        CHECK (length(how_travelled) <= 2000),
    harm                    text        CHECK (length(harm) <= 4000),
    what_would_help         text        CHECK (length(what_would_help) <= 4000),
    child_words             text        CHECK (length(child_words) <= 4000),
    late_reason             text        CHECK (length(late_reason) <= 2000),
    disclosure_made         boolean     NOT NULL DEFAULT false,
    disclosure_what         text        CHECK (length(disclosure_what) <= 4000),
    disclosure_about        text        CHECK (length(disclosure_about) <= 500),
    disclosure_to_police    boolean,
    recorded_at             timestamptz NOT NULL,
    version                 integer     NOT NULL DEFAULT 0,
    CHECK ((outcome = 'COMPLETED') = (held_at IS NOT NULL)),
    CHECK (outcome = 'COMPLETED' OR reason_not_held IS NOT NULL),
    CHECK (NOT disclosure_made OR (disclosure_what IS NOT NULL AND disclosure_to_police IS NOT NULL))
);
COMMENT ON TABLE return_interview IS
    'The return home interview offered after an episode by someone independent of the placement, due 72 hours after the return: held, declined or not possible (with the reason), and what the child said.';
COMMENT ON COLUMN return_interview.where_and_with_whom IS 'Sensitive: where the child was and with whom.';
COMMENT ON COLUMN return_interview.harm IS 'Sensitive: harm the child suffered.';
COMMENT ON COLUMN return_interview.child_words IS 'Sensitive: the child''s own words.';
COMMENT ON COLUMN return_interview.late_reason IS 'Why the interview was not offered or held within 72 hours, when it was not.';
COMMENT ON COLUMN return_interview.disclosure_what IS 'Sensitive: what the child disclosed; the referrals module turns it into a disclosure record.';
COMMENT ON COLUMN return_interview.disclosure_about IS 'Sensitive: whom the disclosure is about, as the child described them.';

CREATE TABLE return_interview_factor (
    interview_id  bigint NOT NULL REFERENCES return_interview (id),
    factor_code   text   NOT NULL REFERENCES push_pull_factor (code),
    PRIMARY KEY (interview_id, factor_code)
);
COMMENT ON TABLE return_interview_factor IS 'The push and pull factors a return home interview found.';

CREATE TABLE return_interview_worker (
    episode_id      bigint NOT NULL REFERENCES missing_episode (id),
    user_id         bigint NOT NULL REFERENCES user_account (id),
    involvement_id  bigint NOT NULL REFERENCES child_involvement (id),
    PRIMARY KEY (episode_id, user_id)
);
COMMENT ON TABLE return_interview_worker IS
    'The commissioned service''s workers asked to do an episode''s interview: each may open the child''s record until another of them records it.';

CREATE TABLE philomena_profile (
    child_id                bigint      NOT NULL REFERENCES person (id),
    version                 integer     NOT NULL CHECK (version >= 1),
    description             text        NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    photo_reference         text        CHECK (length(photo_reference) <= 300),
    friends_and_associates  text        CHECK (length(friends_and_associates) <= 2000),
    places_frequented       text        CHECK (length(places_frequented) <= 2000),
    phone_and_social_media  text        CHECK (length(phone_and_social_media) <= 1000),
    health_needs            text        CHECK (length(health_needs) <= 2000),
    recorded_by             bigint      NOT NULL REFERENCES user_account (id),
    recorded_at             timestamptz NOT NULL,
    PRIMARY KEY (child_id, version)
);
COMMENT ON TABLE philomena_profile IS
    'The Philomena Protocol profile of a looked-after child, filled in ahead of time by carers and professionals and given to the police when the child goes missing. Every save is a new version; the highest is current.';
COMMENT ON COLUMN philomena_profile.description IS 'Personal data: what the child looks like (height, build, hair, marks), for the police.';
COMMENT ON COLUMN philomena_profile.photo_reference IS 'Where a recent photograph is held (the photograph itself is not stored here).';
COMMENT ON COLUMN philomena_profile.friends_and_associates IS 'Sensitive: friends and associates, including adults of concern.';
COMMENT ON COLUMN philomena_profile.places_frequented IS 'Sensitive: places the child is known to go.';
COMMENT ON COLUMN philomena_profile.phone_and_social_media IS 'Personal data: phone numbers and social media accounts.';
COMMENT ON COLUMN philomena_profile.health_needs IS 'Special category data (health): medication and needs the police should know.';
