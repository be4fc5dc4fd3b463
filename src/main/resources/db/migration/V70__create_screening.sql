-- Screening (screening issue): versioned tool definitions, completed screenings and their answers.
CREATE TABLE screening_tool_version (
    tool_id        text        NOT NULL CHECK (tool_id ~ '^[a-z0-9-]{2,40}$'),
    version        integer     NOT NULL CHECK (version > 0),
    name           text        NOT NULL,
    content_hash   text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    definition     text        NOT NULL,
    registered_at  timestamptz NOT NULL,
    PRIMARY KEY (tool_id, version)
);
COMMENT ON TABLE screening_tool_version IS
    'Every tool version Haven has loaded, with a SHA-256 of its definition: a used version whose file changes stops start-up, so old screenings keep the rules they were banded with.';

CREATE TABLE screening (
    id                          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id                    bigint      NOT NULL REFERENCES person (id),
    tool_id                     text        NOT NULL,
    tool_version                integer     NOT NULL,
    status                      text        NOT NULL CHECK (status IN ('DRAFT', 'COMPLETED')),
    completed_by                bigint      NOT NULL REFERENCES user_account (id),
    agency_id                   bigint      NOT NULL REFERENCES agency (id),
    screening_date              date,
    child_took_part             boolean,
    carer_took_part             boolean,
    others_present              text        CHECK (length(others_present) <= 300),
    child_not_involved_reason   text        CHECK (length(child_not_involved_reason) <= 1000),
    child_words                 text        CHECK (length(child_words) <= 4000),
    carer_view                  text        CHECK (length(carer_view) <= 4000),
    triggers                    text[]      NOT NULL DEFAULT '{}',
    triggers_answered           boolean     NOT NULL DEFAULT false,
    band_code                   text,
    band_label                  text,
    band_rank                   integer,
    points                      integer,
    reasons                     text[]      NOT NULL DEFAULT '{}',
    started_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL,
    completed_at                timestamptz,
    version                     integer     NOT NULL DEFAULT 0,
    FOREIGN KEY (tool_id, tool_version) REFERENCES screening_tool_version (tool_id, version),
    CHECK (status = 'DRAFT' OR (band_code IS NOT NULL AND completed_at IS NOT NULL))
);
COMMENT ON TABLE screening IS 'A CSE screening of a child with one tool version: a draft until submitted, then banded and never changed.';
COMMENT ON COLUMN screening.child_words IS 'Sensitive: the child''s own words.';
COMMENT ON COLUMN screening.carer_view IS 'Sensitive: the parent''s or carer''s view.';
COMMENT ON COLUMN screening.triggers IS 'Child protection triggers answered yes (strategy discussion required when any).';
CREATE INDEX screening_child_idx ON screening (child_id, completed_at);

CREATE TABLE screening_answer (
    screening_id   bigint NOT NULL REFERENCES screening (id),
    indicator_id   text   NOT NULL CHECK (indicator_id ~ '^[a-z0-9-]{1,60}$'),
    answer         text   CHECK (answer IN ('PRESENT', 'NOT_PRESENT', 'NOT_KNOWN')),
    basis          text   CHECK (basis IN ('EVIDENCED', 'JUDGEMENT')),
    timing         text   CHECK (timing IN ('CURRENT', 'EARLIER', 'BOTH')),
    note           text   CHECK (length(note) <= 1000),
    PRIMARY KEY (screening_id, indicator_id)
);
COMMENT ON TABLE screening_answer IS 'One indicator''s answer in a screening: present or not, evidenced or professional judgement, a note.';
COMMENT ON COLUMN screening_answer.note IS 'Sensitive: what the completer noted about the indicator.';
