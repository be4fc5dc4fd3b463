-- Chronology (people issue): one multi-agency timeline per child, assembled from every module's events.
CREATE TABLE chronology_entry (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id                bigint      NOT NULL REFERENCES person (id),
    occurred_at             timestamptz NOT NULL,
    recorded_at             timestamptz NOT NULL,
    event_type              text        NOT NULL CHECK (event_type ~ '^[a-z]+\.[a-z-]+$'),
    event_type_label        text        NOT NULL CHECK (length(event_type_label) BETWEEN 1 AND 80),
    summary                 text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
    user_id                 bigint      REFERENCES user_account (id),
    agency_id               bigint      REFERENCES agency (id),
    significant             boolean     NOT NULL,
    link                    text        CHECK (link ~ '^/[A-Za-z0-9/_-]*$'),
    significance_changed_by bigint      REFERENCES user_account (id),
    significance_changed_at timestamptz
);
COMMENT ON TABLE chronology_entry IS
    'An entry on a child''s multi-agency chronology, written from another module''s event in the same transaction. Never deleted.';
COMMENT ON COLUMN chronology_entry.summary IS 'Personal data: one line describing what happened, written by the module that published it.';
COMMENT ON COLUMN chronology_entry.significant IS 'A significant event (set by the publishing module, changeable by practitioners).';
CREATE INDEX chronology_entry_child_idx ON chronology_entry (child_id, occurred_at DESC, id DESC);
