-- Each change to a person row takes the next number, so every application node can keep its in-memory name index
-- current by asking for rows numbered above the last one it saw (see ADR 0006).
CREATE SEQUENCE person_index_version_seq;

ALTER TABLE person ADD COLUMN index_version bigint NOT NULL DEFAULT nextval('person_index_version_seq');
COMMENT ON COLUMN person.index_version IS 'Set from person_index_version_seq on every insert and update: the search index''s change feed.';

CREATE FUNCTION person_bump_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.index_version := nextval('person_index_version_seq');
    RETURN NEW;
END;
$$;

CREATE TRIGGER person_index_version BEFORE UPDATE ON person
    FOR EACH ROW EXECUTE FUNCTION person_bump_index_version();

CREATE INDEX person_index_version_idx ON person (index_version);
