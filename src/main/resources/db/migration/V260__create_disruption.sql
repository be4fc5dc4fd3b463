-- Disruption and prosecution (disruption module, issue 18, ADR 0015): measures taken against persons of concern and
-- places (a catalogue as data with the legal basis of each), their expiry and breaches, the children each protects;
-- prosecutions with offences from a catalogue, dates, outcome, sentence, victims and their support; published rates of
-- similar areas beside the partnership's own; behaviour-change interventions and debriefs with perpetrators.
-- Domain reference section 6.

INSERT INTO permission (code, description) VALUES
    ('MANAGE_COMPARISONS', 'Enter or import the published prosecution rates of similar areas and child populations');
-- Police record measures and prosecutions (V5 grants them RECORD_DISRUPTION); analysts who hold intelligence see them
-- through VIEW_INTELLIGENCE and enter the comparison figures with partnership analysts.
INSERT INTO role_permission (role_code, permission_code) VALUES
    ('INTELLIGENCE_ANALYST', 'MANAGE_COMPARISONS'),
    ('PARTNERSHIP_ANALYST', 'MANAGE_COMPARISONS');

CREATE TABLE disruption_setting (
    id                  boolean PRIMARY KEY DEFAULT true CHECK (id),
    expiry_lead_days    integer NOT NULL DEFAULT 28 CHECK (expiry_lead_days BETWEEN 1 AND 365),
    version             integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE disruption_setting IS
    'The partnership''s disruption settings: how many days before a measure expires its issuing officer and the area''s coordinators are told (28).';
INSERT INTO disruption_setting DEFAULT VALUES;

CREATE TABLE disruption_measure_type (
    code             text    PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
    label            text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 120),
    legal_basis      text    NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 300),
    requires_expiry  boolean NOT NULL,
    max_months       integer CHECK (max_months BETWEEN 1 AND 120),
    max_days         integer CHECK (max_days BETWEEN 1 AND 366),
    for_person       boolean NOT NULL,
    for_location     boolean NOT NULL,
    position         integer NOT NULL,
    retired          boolean NOT NULL DEFAULT false,
    CHECK (for_person OR for_location),
    CHECK (max_months IS NULL OR max_days IS NULL)
);
COMMENT ON TABLE disruption_measure_type IS
    'The catalogue of disruption measures: legal basis, whether the law requires an expiry, the longest period the law allows, and whether it is taken against a person, a place or either. Data an administrator changes.';
INSERT INTO disruption_measure_type
    (code, label, legal_basis, requires_expiry, max_months, max_days, for_person, for_location, position) VALUES
    ('CAWN', 'Child Abduction Warning Notice', 'Child Abduction Act 1984 s2 and Children Act 1989 s49 (non-statutory notice)', false, NULL, NULL, true, false, 1),
    ('SRO', 'Sexual Risk Order', 'Sentencing Act 2020 and Sexual Offences Act 2003 s122A (fixed period of at least 2 years or until further order)', false, NULL, NULL, true, false, 2),
    ('SHPO', 'Sexual Harm Prevention Order', 'Sentencing Act 2020 s343 and Sexual Offences Act 2003 s103A', false, NULL, NULL, true, false, 3),
    ('S116_NOTICE', 's116 hotel notice', 'Anti-social Behaviour, Crime and Policing Act 2014 s116 (up to 6 months)', true, 6, NULL, false, true, 4),
    ('CLOSURE_NOTICE', 'Closure notice', 'Anti-social Behaviour, Crime and Policing Act 2014 s76 (up to 48 hours)', true, NULL, 2, false, true, 5),
    ('CLOSURE_ORDER', 'Closure order', 'Anti-social Behaviour, Crime and Policing Act 2014 s80 (up to 3 months, extendable)', true, 3, NULL, false, true, 6),
    ('STPO', 'Slavery and Trafficking Prevention Order', 'Modern Slavery Act 2015 s14 (at least 5 years or until further order)', false, NULL, NULL, true, false, 7),
    ('STRO', 'Slavery and Trafficking Risk Order', 'Modern Slavery Act 2015 s23 (at least 2 years or until further order)', false, NULL, NULL, true, false, 8),
    ('ARREST', 'Arrest', 'Police and Criminal Evidence Act 1984 s24', false, NULL, NULL, true, false, 9),
    ('WARRANT', 'Search warrant', 'Police and Criminal Evidence Act 1984 s8 and s16(3) (executed within 3 months)', true, 3, NULL, false, true, 10),
    ('LICENSING_REVIEW', 'Licensing review', 'Licensing Act 2003 s51', false, NULL, NULL, false, true, 11),
    ('CPN', 'Community Protection Notice', 'Anti-social Behaviour, Crime and Policing Act 2014 s43', false, NULL, NULL, true, true, 12),
    ('OTHER', 'Other measure', 'As recorded in the conditions', false, NULL, NULL, true, true, 99);

CREATE TABLE disruption_measure (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    type_code          text        NOT NULL REFERENCES disruption_measure_type (code),
    subject_entity_id  bigint      NOT NULL REFERENCES intel_entity (id),
    subject_kind       text        NOT NULL CHECK (subject_kind IN ('PERSON', 'LOCATION')),
    area_id            bigint      NOT NULL REFERENCES area (id),
    issued_on          date        NOT NULL,
    issuing_agency_id  bigint      NOT NULL REFERENCES agency (id),
    issuing_officer_id bigint      NOT NULL REFERENCES user_account (id),
    conditions         text        CHECK (length(conditions) <= 4000),
    expires_on         date,
    ended_on           date,
    end_reason         text        CHECK (length(end_reason) <= 1000),
    recorded_at        timestamptz NOT NULL,
    version            integer     NOT NULL DEFAULT 0,
    CHECK (expires_on IS NULL OR expires_on >= issued_on),
    CHECK (ended_on IS NULL OR (ended_on >= issued_on AND end_reason IS NOT NULL))
);
COMMENT ON TABLE disruption_measure IS
    'A disruption measure taken against a person of concern or a location (an intelligence entity), with its dates, issuing agency and officer, conditions and expiry. Ended, never deleted.';
COMMENT ON COLUMN disruption_measure.area_id IS 'The area of the subject''s record when the measure was recorded: whose coordinators are told, and where it is counted.';
COMMENT ON COLUMN disruption_measure.subject_kind IS 'Whether the measure is against a person of concern or a location, as the subject was when it was recorded.';
COMMENT ON COLUMN disruption_measure.conditions IS 'Sensitive: the conditions the measure imposes (may name places and people).';
COMMENT ON COLUMN disruption_measure.end_reason IS 'Sensitive: why the measure ended early (revoked, discharged, superseded).';
CREATE INDEX disruption_measure_subject_idx ON disruption_measure (subject_entity_id);
CREATE INDEX disruption_measure_expiry_idx ON disruption_measure (expires_on) WHERE ended_on IS NULL;

CREATE TABLE disruption_measure_child (
    measure_id  bigint NOT NULL REFERENCES disruption_measure (id),
    child_id    bigint NOT NULL REFERENCES person (id),
    PRIMARY KEY (measure_id, child_id)
);
COMMENT ON TABLE disruption_measure_child IS
    'Sensitive: the children a measure protects. A measure is seen only by those who may open every one of these children''s records.';
CREATE INDEX disruption_measure_child_idx ON disruption_measure_child (child_id);

CREATE TABLE disruption_measure_alert (
    measure_id  bigint NOT NULL REFERENCES disruption_measure (id),
    user_id     bigint NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (measure_id, user_id)
);
COMMENT ON TABLE disruption_measure_alert IS
    'Who was given the inbox task before a measure expires (the issuing officer and the area''s coordinators when it was recorded): renewing updates their tasks, ending closes them.';

CREATE TABLE disruption_breach (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    measure_id    bigint      NOT NULL REFERENCES disruption_measure (id),
    occurred_on   date        NOT NULL,
    what          text        NOT NULL CHECK (length(what) BETWEEN 1 AND 2000),
    action_taken  text        NOT NULL CHECK (length(action_taken) BETWEEN 1 AND 2000),
    recorded_by   bigint      NOT NULL REFERENCES user_account (id),
    recorded_at   timestamptz NOT NULL
);
COMMENT ON TABLE disruption_breach IS 'A breach of a disruption measure: when, what happened and what action was taken.';
COMMENT ON COLUMN disruption_breach.what IS 'Sensitive: what the breach was (may name children and places).';
COMMENT ON COLUMN disruption_breach.action_taken IS 'Sensitive: the action taken on the breach.';
CREATE INDEX disruption_breach_measure_idx ON disruption_breach (measure_id);

CREATE TABLE disruption_offence (
    code         text    PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
    label        text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 200),
    legislation  text    NOT NULL CHECK (length(legislation) BETWEEN 1 AND 200),
    position     integer NOT NULL,
    retired      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE disruption_offence IS 'The catalogue of offences a prosecution may charge, with the Act and section. Data an administrator changes.';
INSERT INTO disruption_offence (code, label, legislation, position) VALUES
    ('SOA_S1', 'Rape', 'Sexual Offences Act 2003 s1', 1),
    ('SOA_S5', 'Rape of a child under 13', 'Sexual Offences Act 2003 s5', 2),
    ('SOA_S9', 'Sexual activity with a child', 'Sexual Offences Act 2003 s9', 3),
    ('SOA_S10', 'Causing or inciting a child to engage in sexual activity', 'Sexual Offences Act 2003 s10', 4),
    ('SOA_S14', 'Arranging or facilitating commission of a child sex offence', 'Sexual Offences Act 2003 s14', 5),
    ('SOA_S15', 'Meeting a child following sexual grooming', 'Sexual Offences Act 2003 s15', 6),
    ('SOA_S15A', 'Sexual communication with a child', 'Sexual Offences Act 2003 s15A', 7),
    ('SOA_S47', 'Paying for the sexual services of a child', 'Sexual Offences Act 2003 s47', 8),
    ('SOA_S48', 'Causing or inciting sexual exploitation of a child', 'Sexual Offences Act 2003 s48', 9),
    ('SOA_S49', 'Controlling a child in relation to sexual exploitation', 'Sexual Offences Act 2003 s49', 10),
    ('SOA_S50', 'Arranging or facilitating sexual exploitation of a child', 'Sexual Offences Act 2003 s50', 11),
    ('CAA_S2', 'Child abduction by another person', 'Child Abduction Act 1984 s2', 12),
    ('MSA_S1', 'Slavery, servitude and forced or compulsory labour', 'Modern Slavery Act 2015 s1', 13),
    ('MSA_S2', 'Human trafficking', 'Modern Slavery Act 2015 s2', 14),
    ('PCA_S1', 'Taking, making or distributing indecent photographs of a child', 'Protection of Children Act 1978 s1', 15),
    ('CJA_S160', 'Possession of indecent photographs of a child', 'Criminal Justice Act 1988 s160', 16),
    ('BREACH_ORDER', 'Breach of a sexual harm prevention or sexual risk order', 'Sexual Offences Act 2003 s103I and s122H', 17);

CREATE TABLE disruption_prosecution (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    suspect_entity_id    bigint      NOT NULL REFERENCES intel_entity (id),
    operation_entity_id  bigint      REFERENCES intel_entity (id),
    area_id              bigint      NOT NULL REFERENCES area (id),
    charged_on           date        NOT NULL,
    first_hearing_on     date,
    trial_on             date,
    court                text        CHECK (length(court) <= 200),
    outcome              text        CHECK (outcome IN ('CONVICTED', 'ACQUITTED', 'DISCONTINUED')),
    outcome_on           date,
    outcome_reason       text        CHECK (length(outcome_reason) <= 2000),
    sentence             text        CHECK (length(sentence) <= 1000),
    recorded_by          bigint      NOT NULL REFERENCES user_account (id),
    recorded_at          timestamptz NOT NULL,
    version              integer     NOT NULL DEFAULT 0,
    -- The rules are checked in Java with words for the user; these keep the table honest.
    CHECK (first_hearing_on IS NULL OR first_hearing_on >= charged_on),
    CHECK (trial_on IS NULL OR trial_on >= charged_on),
    CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
    CHECK (outcome_on IS NULL OR outcome_on >= charged_on),
    CHECK (sentence IS NULL OR outcome = 'CONVICTED'),
    CHECK (outcome IS DISTINCT FROM 'DISCONTINUED' OR outcome_reason IS NOT NULL)
);
COMMENT ON TABLE disruption_prosecution IS
    'A prosecution of a person of concern: the charge, hearings, court, outcome (convicted, acquitted, discontinued with the reason) and sentence, and the operation it came from.';
COMMENT ON COLUMN disruption_prosecution.area_id IS 'The area of the suspect''s record when the prosecution was recorded: where it is counted.';
COMMENT ON COLUMN disruption_prosecution.outcome_reason IS 'Sensitive: why the case ended as it did (e.g. why it was discontinued).';
COMMENT ON COLUMN disruption_prosecution.sentence IS 'Sensitive: the sentence passed on conviction.';
CREATE INDEX disruption_prosecution_suspect_idx ON disruption_prosecution (suspect_entity_id);

CREATE TABLE disruption_prosecution_offence (
    prosecution_id  bigint NOT NULL REFERENCES disruption_prosecution (id),
    offence_code    text   NOT NULL REFERENCES disruption_offence (code),
    PRIMARY KEY (prosecution_id, offence_code)
);
COMMENT ON TABLE disruption_prosecution_offence IS 'The offences charged in a prosecution.';

CREATE TABLE disruption_victim (
    prosecution_id       bigint  NOT NULL REFERENCES disruption_prosecution (id),
    child_id             bigint  NOT NULL REFERENCES person (id),
    special_measures     text    CHECK (length(special_measures) <= 1000),
    advocate             text    CHECK (length(advocate) <= 200),
    PRIMARY KEY (prosecution_id, child_id)
);
COMMENT ON TABLE disruption_victim IS
    'Sensitive: the children who are victims in a prosecution, and their support through it. A prosecution is seen only by those who may open every victim''s record.';
COMMENT ON COLUMN disruption_victim.special_measures IS 'Sensitive: the special measures for the child''s evidence (screens, live link, video-recorded evidence, intermediary).';
COMMENT ON COLUMN disruption_victim.advocate IS 'Sensitive: the child''s independent advocate (e.g. a ChISVA) and their service.';
CREATE INDEX disruption_victim_child_idx ON disruption_victim (child_id);

CREATE TABLE disruption_child_population (
    area_id   bigint  NOT NULL REFERENCES area (id),
    year      integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    children  integer NOT NULL CHECK (children > 0),
    source    text    NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
    PRIMARY KEY (area_id, year)
);
COMMENT ON TABLE disruption_child_population IS
    'How many children (under 18) live in each partnership area in a year, and where the figure comes from (e.g. ONS mid-year estimates): the denominator of the partnership''s prosecution rate.';

CREATE TABLE disruption_comparator_rate (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_name  text        NOT NULL CHECK (length(area_name) BETWEEN 1 AND 120),
    year       integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    rate       numeric(9, 2) NOT NULL CHECK (rate >= 0),
    source     text        NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
    entered_by bigint      NOT NULL REFERENCES user_account (id),
    entered_at timestamptz NOT NULL,
    UNIQUE (area_name, year)
);
COMMENT ON TABLE disruption_comparator_rate IS
    'A published rate of prosecutions per 10,000 children for a similar area and year, with its source, entered or imported from CSV.';

CREATE TABLE disruption_intervention (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_entity_id  bigint      NOT NULL REFERENCES intel_entity (id),
    area_id            bigint      NOT NULL REFERENCES area (id),
    programme          text        NOT NULL CHECK (length(programme) BETWEEN 1 AND 200),
    offered_on         date        NOT NULL,
    attended_on        date,
    completed_on       date,
    recorded_by        bigint      NOT NULL REFERENCES user_account (id),
    recorded_at        timestamptz NOT NULL,
    CHECK (attended_on IS NULL OR attended_on >= offered_on),
    CHECK (completed_on IS NULL OR (attended_on IS NOT NULL AND completed_on >= attended_on))
);
COMMENT ON TABLE disruption_intervention IS
    'A behaviour-change intervention offered to a person of concern, and whether they attended and completed it.';
COMMENT ON COLUMN disruption_intervention.programme IS 'Sensitive: the programme offered.';

CREATE TABLE disruption_debrief_theme (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
    category  text    NOT NULL CHECK (category IN ('APPROACH', 'PLATFORM', 'PLACE', 'GROOMING')),
    label     text    NOT NULL UNIQUE CHECK (length(label) BETWEEN 1 AND 160),
    position  integer NOT NULL,
    retired   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE disruption_debrief_theme IS
    'The coded themes of a debrief: methods of approach, platforms, places and grooming patterns. Data an administrator changes.';
INSERT INTO disruption_debrief_theme (code, category, label, position) VALUES
    ('APPROACH_GIFTS', 'APPROACH', 'Gifts, money or food offered first', 1),
    ('APPROACH_PEER', 'APPROACH', 'Introduced through another young person', 2),
    ('APPROACH_LIFTS', 'APPROACH', 'Offered lifts in a car', 3),
    ('APPROACH_BOYFRIEND', 'APPROACH', 'Posed as a boyfriend', 4),
    ('PLATFORM_SNAPCHAT', 'PLATFORM', 'Contact through Snapchat', 10),
    ('PLATFORM_INSTAGRAM', 'PLATFORM', 'Contact through Instagram', 11),
    ('PLATFORM_GAMING', 'PLATFORM', 'Contact through online gaming chat', 12),
    ('PLATFORM_MESSAGING', 'PLATFORM', 'Moved the conversation to an encrypted messaging app', 13),
    ('PLACE_HOTEL', 'PLACE', 'Hotels and short lets', 20),
    ('PLACE_TAKEAWAY', 'PLACE', 'Takeaways and late-night food shops', 21),
    ('PLACE_PARK', 'PLACE', 'Parks and open spaces', 22),
    ('PLACE_PARTY_HOUSE', 'PLACE', 'Parties at a house or flat', 23),
    ('GROOMING_ALCOHOL_DRUGS', 'GROOMING', 'Alcohol or drugs given', 30),
    ('GROOMING_ISOLATION', 'GROOMING', 'Isolating the child from family and friends', 31),
    ('GROOMING_DEBT', 'GROOMING', 'A debt the child was told to repay', 32),
    ('GROOMING_IMAGES', 'GROOMING', 'Images asked for, then used as threats', 33);

CREATE TABLE disruption_debrief (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_entity_id  bigint      NOT NULL REFERENCES intel_entity (id),
    area_id            bigint      NOT NULL REFERENCES area (id),
    held_on            date        NOT NULL,
    notes              text        CHECK (length(notes) <= 8000),
    recorded_by        bigint      NOT NULL REFERENCES user_account (id),
    recorded_at        timestamptz NOT NULL
);
COMMENT ON TABLE disruption_debrief IS 'A structured debrief with a perpetrator: the themes coded and notes.';
COMMENT ON COLUMN disruption_debrief.notes IS 'Sensitive: what the perpetrator said of how they exploited children.';

CREATE TABLE disruption_debrief_coded (
    debrief_id  bigint NOT NULL REFERENCES disruption_debrief (id),
    theme_code  text   NOT NULL REFERENCES disruption_debrief_theme (code),
    PRIMARY KEY (debrief_id, theme_code)
);
COMMENT ON TABLE disruption_debrief_coded IS 'The themes coded in a debrief; counted for the public "top 10 things you need to know".';
