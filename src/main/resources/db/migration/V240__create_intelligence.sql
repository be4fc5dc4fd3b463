-- Intelligence (intelligence module): one POLE model shared under need-to-know. Persons of concern (flagged person
-- records), locations, vehicles, phones, online accounts and operations; graded intelligence reports (3x5x2, legacy
-- 5x5x5 accepted); typed, dated links citing their evidence; links proposed from missing episodes for analysts to
-- accept or reject; the "one adult, many children" alert. Domain reference section 6; ADR 0014.

INSERT INTO permission (code, description) VALUES
    ('RECORD_INTELLIGENCE', 'Record persons of concern, places, vehicles, phones, online accounts, reports and links'),
    ('READ_CONDITIONAL_INTELLIGENCE', 'Read intelligence whose handling code is C (sharing with conditions)');
-- Intelligence is police and analysts by default. Coordinators receive the "one adult, many children" alert for their
-- area, so they may see (and export, audited) the network within their scope and the links proposed from episodes,
-- but not the text of conditional (C) intelligence. Analysts (GRADE_INTELLIGENCE) accept or reject proposals.
INSERT INTO role_permission (role_code, permission_code) VALUES
    ('POLICE_INVESTIGATOR', 'RECORD_INTELLIGENCE'),
    ('POLICE_INVESTIGATOR', 'READ_CONDITIONAL_INTELLIGENCE'),
    ('INTELLIGENCE_ANALYST', 'RECORD_INTELLIGENCE'),
    ('INTELLIGENCE_ANALYST', 'READ_CONDITIONAL_INTELLIGENCE'),
    ('CSE_COORDINATOR', 'VIEW_INTELLIGENCE');

CREATE TABLE intel_setting (
    id                  boolean PRIMARY KEY DEFAULT true CHECK (id),
    alert_children      integer NOT NULL DEFAULT 3 CHECK (alert_children BETWEEN 2 AND 50),
    version             integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE intel_setting IS
    'The partnership''s intelligence settings: how many children linked to one person of concern raise the "one adult, many children" alert (3).';
INSERT INTO intel_setting DEFAULT VALUES;

CREATE TABLE intel_location_type (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 80),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE intel_location_type IS 'Kinds of place intelligence records (hotel, takeaway, park...). Data an administrator changes.';
INSERT INTO intel_location_type (code, label, position) VALUES
    ('HOTEL', 'Hotel', 1), ('BED_AND_BREAKFAST', 'B&B or guest house', 2), ('TAKEAWAY', 'Takeaway', 3),
    ('TAXI_FIRM', 'Taxi firm', 4), ('PARK', 'Park or open space', 5), ('HOUSE', 'House or flat', 6),
    ('SHOP', 'Shop', 7), ('STATION', 'Bus or railway station', 8), ('CAR_PARK', 'Car park', 9),
    ('SCHOOL', 'School or college', 10), ('OTHER', 'Other place', 99);

-- One sequence numbers every change to entities and links, so each node's network index reads what changed since the
-- last number it saw (the pattern of person.index_version, ADR 0006).
CREATE SEQUENCE intel_graph_version_seq;

CREATE FUNCTION intel_bump_graph_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.graph_version := nextval('intel_graph_version_seq');
    RETURN NEW;
END;
$$;

CREATE TABLE intel_entity (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('PERSON', 'LOCATION', 'VEHICLE', 'PHONE', 'ONLINE_ACCOUNT', 'OPERATION')),
    area_id          bigint      NOT NULL REFERENCES area (id),
    label            text        NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
    match_key        text        NOT NULL CHECK (length(match_key) BETWEEN 1 AND 300),
    person_id        bigint      REFERENCES person (id),
    is_child         boolean     NOT NULL DEFAULT false,
    concern_role     text        CHECK (concern_role IN ('SUSPECTED_PERPETRATOR', 'FACILITATOR', 'EXPLOITED_PEER', 'ASSOCIATE')),
    location_type    text        REFERENCES intel_location_type (code),
    address          text        CHECK (length(address) <= 300),
    postcode         text        CHECK (length(postcode) <= 10),
    latitude         numeric(8, 5) CHECK (latitude BETWEEN -90 AND 90),
    longitude        numeric(8, 5) CHECK (longitude BETWEEN -180 AND 180),
    registration     text        CHECK (length(registration) <= 20),
    make             text        CHECK (length(make) <= 60),
    colour           text        CHECK (length(colour) <= 40),
    phone_number     text        CHECK (length(phone_number) <= 30),
    platform         text        CHECK (length(platform) <= 60),
    handle           text        CHECK (length(handle) <= 120),
    description      text        CHECK (length(description) <= 2000),
    recorded_by      bigint      REFERENCES user_account (id),
    recorded_at      timestamptz NOT NULL,
    version          integer     NOT NULL DEFAULT 0,
    graph_version    bigint      NOT NULL DEFAULT nextval('intel_graph_version_seq'),
    CHECK ((kind = 'PERSON') = (person_id IS NOT NULL)),
    CHECK (kind = 'PERSON' OR (concern_role IS NULL AND NOT is_child)),
    CHECK (NOT is_child OR concern_role IS NULL OR concern_role = 'EXPLOITED_PEER'),
    CHECK (kind = 'LOCATION' OR (location_type IS NULL AND latitude IS NULL AND longitude IS NULL)),
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
COMMENT ON TABLE intel_entity IS
    'A person, object or location of the POLE model: a person of concern or a child (a person record), a location, vehicle, phone number, online account or operation. Duplicates are refused by their normalised key.';
COMMENT ON COLUMN intel_entity.area_id IS 'The area the entity was recorded in: who may see it (record scope) and which coordinators an alert reaches.';
COMMENT ON COLUMN intel_entity.label IS 'Sensitive: how the entity is shown (a name, an address, a registration, a handle).';
COMMENT ON COLUMN intel_entity.match_key IS 'The normalised registration, number, handle, address or person id by which duplicates are found on entry.';
COMMENT ON COLUMN intel_entity.person_id IS 'The person record of a person entity; a child''s is read only by those who may open the child''s record.';
COMMENT ON COLUMN intel_entity.concern_role IS 'Sensitive: the flag that makes a person a person of concern, and their role.';
COMMENT ON COLUMN intel_entity.address IS 'Personal data where the location is a home: the address.';
COMMENT ON COLUMN intel_entity.registration IS 'Personal data: a vehicle registration mark.';
COMMENT ON COLUMN intel_entity.phone_number IS 'Personal data: a phone number.';
COMMENT ON COLUMN intel_entity.handle IS 'Personal data: an online account''s handle.';
COMMENT ON COLUMN intel_entity.description IS 'Sensitive: what is known of the entity.';
COMMENT ON COLUMN intel_entity.graph_version IS 'Set from intel_graph_version_seq on every insert and update: the network index''s change feed.';
CREATE UNIQUE INDEX intel_entity_match_idx ON intel_entity (kind, match_key);
CREATE UNIQUE INDEX intel_entity_person_idx ON intel_entity (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX intel_entity_area_idx ON intel_entity (area_id, kind);
CREATE INDEX intel_entity_version_idx ON intel_entity (graph_version);
CREATE TRIGGER intel_entity_graph_version BEFORE UPDATE ON intel_entity
    FOR EACH ROW EXECUTE FUNCTION intel_bump_graph_version();

CREATE TABLE intel_report (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id              bigint      NOT NULL REFERENCES area (id),
    source_type          text        NOT NULL CHECK (source_type IN ('AGENCY', 'OFFICER', 'COMMUNITY', 'RETURN_INTERVIEW', 'DISCLOSURE')),
    source_detail        text        CHECK (length(source_detail) <= 300),
    body                 text        NOT NULL CHECK (length(body) BETWEEN 1 AND 8000),
    reported_on          date        NOT NULL,
    grading_system       text        NOT NULL CHECK (grading_system IN ('3X5X2', '5X5X5')),
    source_grade         text        NOT NULL,
    intelligence_grade   text        NOT NULL,
    handling_code        text        NOT NULL,
    handling_conditions  text        CHECK (length(handling_conditions) <= 1000),
    restricted           boolean     NOT NULL,
    recorded_by          bigint      NOT NULL REFERENCES user_account (id),
    recorded_at          timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    -- The grading rules are checked in Java (Grading) with words for the user; these keep the table honest.
    CHECK (grading_system <> '3X5X2' OR (source_grade IN ('1', '2', '3') AND intelligence_grade IN ('A', 'B', 'C', 'D', 'E')
                                         AND handling_code IN ('P', 'C'))),
    CHECK (grading_system <> '5X5X5' OR (source_grade IN ('A', 'B', 'C', 'D', 'E') AND intelligence_grade IN ('1', '2', '3', '4', '5')
                                         AND handling_code IN ('1', '2', '3', '4', '5'))),
    CHECK (NOT (grading_system = '3X5X2' AND handling_code = 'C') OR handling_conditions IS NOT NULL)
);
COMMENT ON TABLE intel_report IS
    'An intelligence report: its source, text, date and grading (3x5x2 of the College of Policing APP; legacy 5x5x5 accepted from imports).';
COMMENT ON COLUMN intel_report.source_detail IS 'Sensitive: the source (an agency, an officer, a community member).';
COMMENT ON COLUMN intel_report.body IS 'Sensitive: the intelligence itself. Hidden from users not cleared for conditional intelligence when restricted.';
COMMENT ON COLUMN intel_report.handling_conditions IS 'The conditions on sharing, required for handling code C.';
COMMENT ON COLUMN intel_report.restricted IS 'Whether only users cleared for conditional intelligence may read the text (3x5x2 handling C; 5x5x5 handling 4 or 5).';
CREATE INDEX intel_report_area_idx ON intel_report (area_id, reported_on DESC);

CREATE TABLE intel_report_entity (
    report_id  bigint NOT NULL REFERENCES intel_report (id),
    entity_id  bigint NOT NULL REFERENCES intel_entity (id),
    PRIMARY KEY (report_id, entity_id)
);
COMMENT ON TABLE intel_report_entity IS 'The entities an intelligence report is about.';
CREATE INDEX intel_report_entity_entity_idx ON intel_report_entity (entity_id);

CREATE TABLE intel_link (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_entity      bigint      NOT NULL REFERENCES intel_entity (id),
    to_entity        bigint      NOT NULL REFERENCES intel_entity (id),
    link_type        text        NOT NULL CHECK (link_type IN ('ASSOCIATES_WITH', 'SEEN_WITH', 'LIVES_AT', 'FREQUENTS', 'DRIVES',
                                                                'USES_PHONE', 'CONTACTED_ONLINE', 'TRANSPORTED', 'EXPLOITED', 'PART_OF')),
    valid_from       date        NOT NULL,
    valid_to         date,
    confidence       text        NOT NULL CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW')),
    evidence_kind    text        NOT NULL CHECK (evidence_kind IN ('REPORT', 'MISSING_EPISODE', 'RETURN_INTERVIEW', 'DISCLOSURE', 'REFERRAL')),
    evidence_id      bigint      NOT NULL,
    report_id        bigint      REFERENCES intel_report (id),
    grade_rank       smallint    NOT NULL CHECK (grade_rank BETWEEN 0 AND 15),
    restricted       boolean     NOT NULL,
    area_id          bigint      NOT NULL REFERENCES area (id),
    recorded_by      bigint      NOT NULL REFERENCES user_account (id),
    recorded_at      timestamptz NOT NULL,
    ended_at         timestamptz,
    version          integer     NOT NULL DEFAULT 0,
    graph_version    bigint      NOT NULL DEFAULT nextval('intel_graph_version_seq'),
    CHECK (from_entity <> to_entity),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((evidence_kind = 'REPORT') = (report_id IS NOT NULL)),
    CHECK (report_id IS NULL OR report_id = evidence_id)
);
COMMENT ON TABLE intel_link IS
    'A typed, dated link between two entities (directed where the type says so: drives, transported, exploited), citing its evidence with a confidence.';
COMMENT ON COLUMN intel_link.evidence_id IS 'The id of the report, missing episode, return interview, disclosure or referral the link rests on.';
COMMENT ON COLUMN intel_link.grade_rank IS 'How reliable the evidence is graded, for the network''s minimum-grading filter: 3x5x2 source and assessment as one number (GradeRank); 0 ungraded.';
COMMENT ON COLUMN intel_link.restricted IS 'The link rests on conditional (C) intelligence: users not cleared see that it exists, not the report.';
COMMENT ON COLUMN intel_link.graph_version IS 'Set from intel_graph_version_seq on every insert and update: the network index''s change feed.';
CREATE UNIQUE INDEX intel_link_unique_idx ON intel_link (from_entity, to_entity, link_type, evidence_kind, evidence_id)
    WHERE ended_at IS NULL;
CREATE INDEX intel_link_from_idx ON intel_link (from_entity) WHERE ended_at IS NULL;
CREATE INDEX intel_link_to_idx ON intel_link (to_entity) WHERE ended_at IS NULL;
CREATE INDEX intel_link_version_idx ON intel_link (graph_version);
CREATE TRIGGER intel_link_graph_version BEFORE UPDATE ON intel_link
    FOR EACH ROW EXECUTE FUNCTION intel_bump_graph_version();

CREATE TABLE intel_link_proposal (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id       bigint      NOT NULL REFERENCES person (id),
    area_id        bigint      NOT NULL REFERENCES area (id),
    kind           text        NOT NULL CHECK (kind IN ('PLACE', 'PERSON', 'MENTION')),
    description    text        NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
    evidence_kind  text        NOT NULL CHECK (evidence_kind IN ('MISSING_EPISODE', 'RETURN_INTERVIEW', 'DISCLOSURE')),
    evidence_id    bigint      NOT NULL,
    proposed_at    timestamptz NOT NULL,
    status         text        NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    decided_by     bigint      REFERENCES user_account (id),
    decided_at     timestamptz,
    reject_reason  text        CHECK (length(reject_reason) <= 1000),
    link_id        bigint      REFERENCES intel_link (id),
    version        integer     NOT NULL DEFAULT 0,
    UNIQUE (evidence_kind, evidence_id, kind, description),
    CHECK ((status = 'PROPOSED') = (decided_at IS NULL)),
    CHECK (status <> 'ACCEPTED' OR link_id IS NOT NULL)
);
COMMENT ON TABLE intel_link_proposal IS
    'A link suggested from a missing episode''s places and people, a return interview or a disclosure, for an analyst to accept (choosing the entity and type) or reject.';
COMMENT ON COLUMN intel_link_proposal.description IS 'Sensitive: the place or person as the episode, interview or disclosure described them.';
CREATE INDEX intel_link_proposal_open_idx ON intel_link_proposal (area_id, proposed_at) WHERE status = 'PROPOSED';

CREATE TABLE intel_alert (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_id        bigint      NOT NULL REFERENCES intel_entity (id),
    children         integer     NOT NULL,
    area_ids         bigint[]    NOT NULL,
    new_area_ids     bigint[]    NOT NULL,
    raised_at        timestamptz NOT NULL,
    cleared_at       timestamptz
);
COMMENT ON TABLE intel_alert IS
    'A "one adult, many children" alert: a person of concern linked to the setting''s number of children, raised when the threshold is crossed and again only when a new area joins. Cleared when the count falls below it.';
COMMENT ON COLUMN intel_alert.area_ids IS 'Every area whose children were linked when the alert was raised.';
COMMENT ON COLUMN intel_alert.new_area_ids IS 'The areas this alert told for the first time (all of them at the crossing).';
CREATE INDEX intel_alert_entity_idx ON intel_alert (entity_id, raised_at DESC);
