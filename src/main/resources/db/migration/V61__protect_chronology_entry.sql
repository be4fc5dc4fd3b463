-- Chronology entries are history: nothing may delete them (only the significance flag changes), and every column
-- that can hold or point to personal data says so.
COMMENT ON COLUMN chronology_entry.child_id IS 'The child whose timeline this is (a person id).';
COMMENT ON COLUMN chronology_entry.user_id IS 'Who recorded the event, when a user did.';
COMMENT ON COLUMN chronology_entry.agency_id IS 'The agency that recorded the event.';
COMMENT ON COLUMN chronology_entry.link IS 'Where in Haven the detail is; ids only, never personal data.';
COMMENT ON COLUMN chronology_entry.significance_changed_by IS 'Who last changed the significant flag.';

CREATE FUNCTION chronology_entry_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'chronology entries are never deleted';
END;
$$;

CREATE TRIGGER chronology_entry_no_delete BEFORE DELETE ON chronology_entry
    FOR EACH ROW EXECUTE FUNCTION chronology_entry_refuse_delete();
CREATE TRIGGER chronology_entry_no_truncate BEFORE TRUNCATE ON chronology_entry
    FOR EACH STATEMENT EXECUTE FUNCTION chronology_entry_refuse_delete();
