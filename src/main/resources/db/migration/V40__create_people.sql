-- People: children and the adults around them (people issue). One record of each child across agencies.
CREATE TABLE ethnicity (
    code        text    PRIMARY KEY CHECK (code ~ '^[A-Z_]{2,40}$'),
    grouping    text    NOT NULL,
    label       text    NOT NULL,
    ordinal     integer NOT NULL UNIQUE
);
COMMENT ON TABLE ethnicity IS 'Ethnic groups as the ONS 2021 census for England and Wales lists them (19 groups), plus "not stated".';

INSERT INTO ethnicity (code, grouping, label, ordinal) VALUES
    ('ASIAN_BANGLADESHI', 'Asian, Asian British or Asian Welsh', 'Bangladeshi', 1),
    ('ASIAN_CHINESE', 'Asian, Asian British or Asian Welsh', 'Chinese', 2),
    ('ASIAN_INDIAN', 'Asian, Asian British or Asian Welsh', 'Indian', 3),
    ('ASIAN_PAKISTANI', 'Asian, Asian British or Asian Welsh', 'Pakistani', 4),
    ('ASIAN_OTHER', 'Asian, Asian British or Asian Welsh', 'Any other Asian background', 5),
    ('BLACK_AFRICAN', 'Black, Black British, Black Welsh, Caribbean or African', 'African', 6),
    ('BLACK_CARIBBEAN', 'Black, Black British, Black Welsh, Caribbean or African', 'Caribbean', 7),
    ('BLACK_OTHER', 'Black, Black British, Black Welsh, Caribbean or African', 'Any other Black, Black British or Caribbean background', 8),
    ('MIXED_WHITE_ASIAN', 'Mixed or Multiple ethnic groups', 'White and Asian', 9),
    ('MIXED_WHITE_BLACK_AFRICAN', 'Mixed or Multiple ethnic groups', 'White and Black African', 10),
    ('MIXED_WHITE_BLACK_CARIBBEAN', 'Mixed or Multiple ethnic groups', 'White and Black Caribbean', 11),
    ('MIXED_OTHER', 'Mixed or Multiple ethnic groups', 'Any other Mixed or Multiple ethnic background', 12),
    ('WHITE_BRITISH', 'White', 'English, Welsh, Scottish, Northern Irish or British', 13),
    ('WHITE_IRISH', 'White', 'Irish', 14),
    ('WHITE_GYPSY_TRAVELLER', 'White', 'Gypsy or Irish Traveller', 15),
    ('WHITE_ROMA', 'White', 'Roma', 16),
    ('WHITE_OTHER', 'White', 'Any other White background', 17),
    ('OTHER_ARAB', 'Other ethnic group', 'Arab', 18),
    ('OTHER_ANY', 'Other ethnic group', 'Any other ethnic group', 19),
    ('NOT_STATED', 'Not stated', 'Not stated', 20);

CREATE TABLE person (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                 text        NOT NULL CHECK (kind IN ('CHILD', 'ADULT')),
    date_of_birth        date,
    date_of_birth_estimated boolean  NOT NULL DEFAULT false,
    sex                  text        NOT NULL DEFAULT 'NOT_KNOWN' CHECK (sex IN ('FEMALE', 'MALE', 'NOT_KNOWN')),
    gender_identity      text        CHECK (length(gender_identity) <= 60),
    ethnicity            text        REFERENCES ethnicity (code),
    first_language       text        CHECK (length(first_language) <= 60),
    interpreter_needed   boolean     NOT NULL DEFAULT false,
    education_setting    text        CHECK (length(education_setting) <= 160),
    send_status          text        NOT NULL DEFAULT 'NOT_KNOWN'
                                     CHECK (send_status IN ('NONE', 'SEN_SUPPORT', 'EHC_PLAN', 'NOT_KNOWN')),
    learning_disability  boolean     NOT NULL DEFAULT false,
    disability           text        CHECK (length(disability) <= 500),
    looked_after_status  text        NOT NULL DEFAULT 'NOT_KNOWN'
                                     CHECK (looked_after_status IN ('NOT_LOOKED_AFTER', 'LOOKED_AFTER', 'CARE_LEAVER', 'NOT_KNOWN')),
    placement_type       text        CHECK (placement_type IN ('FOSTER_CARE', 'KINSHIP_CARE', 'CHILDRENS_HOME', 'SEMI_INDEPENDENT',
                                                               'SECURE', 'PLACED_WITH_PARENTS', 'OTHER')),
    placement_detail     text        CHECK (length(placement_detail) <= 300),
    area_id              bigint      REFERENCES area (id),
    search_tokens        text[]      NOT NULL DEFAULT '{}',
    merged_into          bigint      REFERENCES person (id),
    new_record_reason    text        CHECK (length(new_record_reason) <= 1000),
    created_at           timestamptz NOT NULL,
    created_by           bigint      REFERENCES user_account (id),
    created_agency_id    bigint      REFERENCES agency (id),
    version              integer     NOT NULL DEFAULT 0,
    CHECK (merged_into IS NULL OR merged_into <> id),
    CHECK (placement_type IS NULL OR looked_after_status = 'LOOKED_AFTER')
);
COMMENT ON TABLE person IS
    'A child or an adult around a child (parent, carer, sibling, peer, person of concern). Professionals are users, not people. Never deleted; a duplicate is merged into another record and can be unmerged.';
COMMENT ON COLUMN person.date_of_birth IS 'Personal data. When estimated, only the year is meaningful.';
COMMENT ON COLUMN person.sex IS 'Personal data.';
COMMENT ON COLUMN person.gender_identity IS 'Special category data: as the person describes it.';
COMMENT ON COLUMN person.ethnicity IS 'Special category data: ONS 2021 group, as the person (or their carer) describes it.';
COMMENT ON COLUMN person.disability IS 'Special category data (health).';
COMMENT ON COLUMN person.learning_disability IS 'Special category data (health); the screening tool never bands such a child Low.';
COMMENT ON COLUMN person.area_id IS 'The partnership area the person lives in, when known.';
COMMENT ON COLUMN person.search_tokens IS
    'Personal data: the normalised tokens of every name the person has had (legal, preferred, aliases, previous), kept by the application for search.';
COMMENT ON COLUMN person.merged_into IS 'Set when this record was found to duplicate another: search and links resolve to that record.';
COMMENT ON COLUMN person.new_record_reason IS 'Why the creator confirmed a new record when the duplicate check showed likely matches.';

-- Search: a GIN index over name tokens answers "has any of these tokens" for each query word, and the planner
-- ANDs the bitmaps; dates of birth narrow it further. A partial index keeps merged records searchable but small.
CREATE INDEX person_search_tokens_idx ON person USING gin (search_tokens);
CREATE INDEX person_date_of_birth_idx ON person (date_of_birth);
CREATE INDEX person_merged_into_idx ON person (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE person_name (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id      bigint      NOT NULL REFERENCES person (id),
    name_type      text        NOT NULL CHECK (name_type IN ('LEGAL', 'PREFERRED', 'ALIAS', 'PREVIOUS')),
    given_names    text        NOT NULL CHECK (length(given_names) BETWEEN 1 AND 100),
    family_name    text        NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    added_at       timestamptz NOT NULL,
    added_by       bigint      REFERENCES user_account (id),
    removed_at     timestamptz,
    removed_by     bigint      REFERENCES user_account (id)
);
COMMENT ON TABLE person_name IS
    'Every name a person is known by: legal, preferred, aliases and nicknames, previous names. Removed names stay (history) and stay searchable.';
COMMENT ON COLUMN person_name.given_names IS 'Personal data.';
COMMENT ON COLUMN person_name.family_name IS 'Personal data.';
CREATE INDEX person_name_person_idx ON person_name (person_id);
CREATE UNIQUE INDEX person_name_one_legal_idx ON person_name (person_id) WHERE name_type = 'LEGAL' AND removed_at IS NULL;

CREATE TABLE person_identifier (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id      bigint      NOT NULL REFERENCES person (id),
    identifier_type text       NOT NULL CHECK (identifier_type IN ('NHS_NUMBER', 'UPN', 'POLICE_ID', 'COUNCIL_ID')),
    value          text        NOT NULL CHECK (value ~ '^[A-Z0-9/-]{1,30}$'),
    added_at       timestamptz NOT NULL,
    added_by       bigint      REFERENCES user_account (id),
    removed_at     timestamptz,
    removed_by     bigint      REFERENCES user_account (id)
);
COMMENT ON TABLE person_identifier IS
    'Identifiers agencies hold for a person: NHS number, Unique Pupil Number, police and council person ids, validated by the application. Removed ones stay as history.';
COMMENT ON COLUMN person_identifier.value IS 'Personal data, normalised (upper case, no spaces).';
CREATE INDEX person_identifier_value_idx ON person_identifier (value);
CREATE INDEX person_identifier_person_idx ON person_identifier (person_id);

CREATE TABLE person_address (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id      bigint      NOT NULL REFERENCES person (id),
    line1          text        NOT NULL CHECK (length(line1) BETWEEN 1 AND 120),
    line2          text        CHECK (length(line2) <= 120),
    town           text        NOT NULL CHECK (length(town) BETWEEN 1 AND 60),
    postcode       text        CHECK (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
    from_date      date        NOT NULL,
    to_date        date,
    added_at       timestamptz NOT NULL,
    added_by       bigint      REFERENCES user_account (id),
    CHECK (to_date IS NULL OR to_date >= from_date)
);
COMMENT ON TABLE person_address IS 'Where a person has lived, with dates; an open end date is a current address.';
COMMENT ON COLUMN person_address.line1 IS 'Personal data.';
COMMENT ON COLUMN person_address.line2 IS 'Personal data.';
COMMENT ON COLUMN person_address.postcode IS 'Personal data, normalised (upper case, one space).';
CREATE INDEX person_address_person_idx ON person_address (person_id);

CREATE TABLE person_relationship (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id          bigint      NOT NULL REFERENCES person (id),
    related_person_id  bigint      NOT NULL REFERENCES person (id),
    relationship_type  text        NOT NULL CHECK (relationship_type IN ('PARENT', 'CARER', 'SIBLING', 'FRIEND', 'PARTNER',
                                                                         'OLDER_BOYFRIEND_GIRLFRIEND', 'ASSOCIATE')),
    from_date          date,
    to_date            date,
    note               text        CHECK (length(note) <= 500),
    added_at           timestamptz NOT NULL,
    added_by           bigint      REFERENCES user_account (id),
    ended_at           timestamptz,
    ended_by           bigint      REFERENCES user_account (id),
    CHECK (person_id <> related_person_id),
    CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date)
);
COMMENT ON TABLE person_relationship IS
    'A typed, dated relationship: the related person is the person''s <type> (their parent, their older boyfriend or girlfriend...).';
COMMENT ON COLUMN person_relationship.note IS 'Personal data; may be sensitive.';
CREATE INDEX person_relationship_person_idx ON person_relationship (person_id);
CREATE INDEX person_relationship_related_idx ON person_relationship (related_person_id);

CREATE TABLE person_merge (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_person_id     bigint      NOT NULL REFERENCES person (id),
    merged_person_id   bigint      NOT NULL REFERENCES person (id),
    reason             text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    merged_at          timestamptz NOT NULL,
    merged_by          bigint      NOT NULL REFERENCES user_account (id),
    involvement_ids    bigint[]    NOT NULL DEFAULT '{}',
    undone_at          timestamptz,
    undone_by          bigint      REFERENCES user_account (id),
    undo_reason        text        CHECK (length(undo_reason) <= 1000),
    CHECK (kept_person_id <> merged_person_id)
);
COMMENT ON TABLE person_merge IS
    'Two records found to be the same person. Nothing is moved or deleted: the merged record points to the kept one, so undoing restores both exactly.';
COMMENT ON COLUMN person_merge.involvement_ids IS
    'Involvements copied to the kept record so everyone who worked with either record can open it; ended on undo.';
CREATE UNIQUE INDEX person_merge_active_idx ON person_merge (merged_person_id) WHERE undone_at IS NULL;

CREATE TABLE name_token (
    token          text PRIMARY KEY CHECK (length(token) BETWEEN 1 AND 100),
    sound_primary  text NOT NULL,
    sound_alternate text NOT NULL
);
COMMENT ON TABLE name_token IS
    'The vocabulary of name tokens in use, with their Double Metaphone codes: a search word is expanded to the tokens that are spelled, sound or are typed like it, then people are found by those tokens.';
CREATE INDEX name_token_trigram_idx ON name_token USING gin (token gin_trgm_ops);
CREATE INDEX name_token_prefix_idx ON name_token (token text_pattern_ops);
CREATE INDEX name_token_sound_primary_idx ON name_token (sound_primary);
CREATE INDEX name_token_sound_alternate_idx ON name_token (sound_alternate);

CREATE TABLE name_token_deletion (
    deletion       text NOT NULL,
    token          text NOT NULL REFERENCES name_token (token),
    PRIMARY KEY (deletion, token)
);
COMMENT ON TABLE name_token_deletion IS
    'Each vocabulary token and its one-letter deletions: two words share one when they differ by a single typo (a letter added, lost, changed or two swapped), so typos are found with an exact index lookup.';
