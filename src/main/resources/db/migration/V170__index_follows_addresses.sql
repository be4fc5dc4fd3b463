-- The in-memory name index weighs a duplicate check's postcode against the postcode of each person's current
-- address (issue 13, ADR 0006). It follows person.index_version, so adding or ending an address advances the
-- person's version too, and every node reads the change on its next search.
CREATE FUNCTION person_address_bump_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person SET index_version = nextval('person_index_version_seq') WHERE id = NEW.person_id;
    RETURN NEW;
END;
$$;
COMMENT ON FUNCTION person_address_bump_index_version() IS
    'Advances the person''s index_version when an address is added or changed, so the name index reads the new current postcode.';

CREATE TRIGGER person_address_index_version AFTER INSERT OR UPDATE ON person_address
    FOR EACH ROW EXECUTE FUNCTION person_address_bump_index_version();
