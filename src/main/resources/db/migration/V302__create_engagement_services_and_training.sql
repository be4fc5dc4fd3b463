-- The directory of services, training and preventive events (engagement module, ADR 0017): what the partnership
-- offers (commissioned and not), who it has trained against each agency's workforce, and the preventive work done in
-- schools and communities with partner organisations.

CREATE TABLE support_service (
    id             bigserial   PRIMARY KEY,
    area_id        bigint      NOT NULL REFERENCES area (id),
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 150),
    provider       text        NOT NULL CHECK (length(provider) BETWEEN 1 AND 150),
    commissioned   boolean     NOT NULL,
    offer          text        NOT NULL CHECK (length(offer) BETWEEN 1 AND 2000),
    age_from       integer     NOT NULL CHECK (age_from BETWEEN 0 AND 25),
    age_to         integer     NOT NULL CHECK (age_to BETWEEN 0 AND 25),
    how_to_refer   text        NOT NULL CHECK (length(how_to_refer) BETWEEN 1 AND 1000),
    capacity       text        NOT NULL CHECK (capacity IN ('OPEN', 'WAITING_LIST', 'CLOSED')),
    capacity_note  text        CHECK (length(capacity_note) <= 300),
    recorded_by    bigint      NOT NULL REFERENCES user_account (id),
    updated_at     timestamptz NOT NULL,
    version        integer     NOT NULL DEFAULT 0,
    CHECK (age_from <= age_to)
);
COMMENT ON TABLE support_service IS
    'A service in the directory used when planning support: commissioned or not, what it offers, for which ages, how to refer, and whether it is taking referrals. Recorded by the area that keeps the entry.';

CREATE TABLE support_service_area (
    service_id bigint NOT NULL REFERENCES support_service (id),
    area_id    bigint NOT NULL REFERENCES area (id),
    PRIMARY KEY (service_id, area_id)
);
COMMENT ON TABLE support_service_area IS 'The areas a service works in.';

CREATE TABLE training_course (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    title     text    NOT NULL UNIQUE CHECK (length(title) BETWEEN 1 AND 150),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE training_course IS 'The partnership''s training courses (data an administrator may change).';
INSERT INTO training_course (code, title, position) VALUES
    ('CSE_AWARENESS', 'Child sexual exploitation awareness', 1),
    ('CSE_VS_CSA', 'Exploitation and child sexual abuse: telling them apart', 2),
    ('SCREENING_TOOL', 'Using the CSE screening tool', 3),
    ('ONLINE_SAFETY', 'Online grooming and social media', 4);

CREATE TABLE training_session (
    id            bigserial   PRIMARY KEY,
    area_id       bigint      NOT NULL REFERENCES area (id),
    course_code   text        NOT NULL REFERENCES training_course (code),
    held_on       date        NOT NULL,
    trainer       text        NOT NULL CHECK (length(trainer) BETWEEN 1 AND 150),
    evaluations   integer     NOT NULL DEFAULT 0 CHECK (evaluations >= 0),
    more_confident integer    NOT NULL DEFAULT 0 CHECK (more_confident BETWEEN 0 AND evaluations),
    recorded_by   bigint      NOT NULL REFERENCES user_account (id),
    recorded_at   timestamptz NOT NULL
);
COMMENT ON TABLE training_session IS
    'A session of a course held in an area, with its evaluations: how many attendees returned one and how many said they were more confident afterwards.';

CREATE TABLE training_attendance (
    session_id  bigint  NOT NULL REFERENCES training_session (id),
    agency_id   bigint  NOT NULL REFERENCES agency (id),
    job_role    text    NOT NULL CHECK (job_role IN ('SOCIAL_WORKER', 'TEACHER', 'POLICE', 'HEALTH', 'YOUTH_WORKER', 'OTHER')),
    attended    integer NOT NULL CHECK (attended > 0),
    PRIMARY KEY (session_id, agency_id, job_role)
);
COMMENT ON TABLE training_attendance IS 'How many people of each agency and role attended a session (counts, not names).';

CREATE TABLE workforce_headcount (
    agency_id    bigint      NOT NULL REFERENCES agency (id),
    area_id      bigint      NOT NULL REFERENCES area (id),
    as_of        date        NOT NULL,
    headcount    integer     NOT NULL CHECK (headcount > 0),
    recorded_by  bigint      NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (agency_id, area_id, as_of)
);
COMMENT ON TABLE workforce_headcount IS
    'How many people an agency''s children''s workforce has in an area from a date, so the share trained can be known.';

CREATE TABLE preventive_event (
    id            bigserial   PRIMARY KEY,
    area_id       bigint      NOT NULL REFERENCES area (id),
    held_on       date        NOT NULL,
    setting       text        NOT NULL CHECK (setting IN ('SCHOOL', 'COMMUNITY')),
    venue         text        NOT NULL CHECK (length(venue) BETWEEN 1 AND 150),
    audience      text        NOT NULL CHECK (audience IN ('PROFESSIONALS', 'PARENTS_CARERS', 'CHILDREN_9_11', 'YOUNG_PEOPLE_12_17', 'COMMUNITIES')),
    year_groups   integer[]   NOT NULL DEFAULT '{}' CHECK (year_groups <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13]),
    attendance    integer     NOT NULL CHECK (attendance > 0),
    partners      text        CHECK (length(partners) <= 300),
    recorded_by   bigint      NOT NULL REFERENCES user_account (id),
    recorded_at   timestamptz NOT NULL
);
COMMENT ON TABLE preventive_event IS
    'A preventive event in a school or community (for example online-safety work with Years 5 and 6 with partner organisations): audience, year groups, how many attended.';

CREATE TABLE preventive_event_topic (
    event_id  bigint NOT NULL REFERENCES preventive_event (id),
    topic     text   NOT NULL CHECK (topic IN ('SIGNS_OF_CSE', 'CSE_VS_CSA', 'ONLINE_SAFETY', 'HEALTHY_RELATIONSHIPS', 'CONSENT', 'HOW_TO_REPORT')),
    PRIMARY KEY (event_id, topic)
);
COMMENT ON TABLE preventive_event_topic IS 'What a preventive event covered.';
