-- Spring Modulith's event publication registry (schema v2): an event between modules is stored in the same
-- transaction as the change that raised it, and marked complete once its listener has run, so a crash never
-- loses a reaction (DESIGN.md, "Cross-module reactions").
CREATE TABLE event_publication (
    id                      uuid        NOT NULL PRIMARY KEY,
    listener_id             text        NOT NULL,
    event_type              text        NOT NULL,
    serialized_event        text        NOT NULL,
    publication_date        timestamptz NOT NULL,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     integer,
    last_resubmission_date  timestamptz
);
COMMENT ON TABLE event_publication IS
    'Events published from one module to another, kept until their listeners complete (Spring Modulith registry).';
COMMENT ON COLUMN event_publication.serialized_event IS 'Sensitive: the event as JSON; may carry ids of children and people.';
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
