-- The in-memory name index weighs a parent's or carer's name typed on the new-child form against the names of each
-- parent and carer on a child's record (issue 13, ADR 0006). It follows person.index_version, so the child's version
-- advances when such a relationship is added, changed or ended, and when a parent's or carer's names change (their
-- search_tokens, kept by SearchTokens.refresh, change with them): every node then reads the child again.
CREATE FUNCTION person_relationship_bump_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person SET index_version = nextval('person_index_version_seq') WHERE id = NEW.person_id;
    RETURN NEW;
END;
$$;
COMMENT ON FUNCTION person_relationship_bump_index_version() IS
    'Advances a child''s index_version when a parent or carer relationship is added or changed, so the name index reads their parents'' names.';

CREATE TRIGGER person_relationship_index_version AFTER INSERT OR UPDATE ON person_relationship
    FOR EACH ROW WHEN (NEW.relationship_type IN ('PARENT', 'CARER'))
    EXECUTE FUNCTION person_relationship_bump_index_version();

CREATE FUNCTION person_parent_renamed_bump_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE person SET index_version = nextval('person_index_version_seq')
     WHERE id IN (SELECT r.person_id FROM person_relationship r
                   WHERE r.related_person_id = NEW.id AND r.relationship_type IN ('PARENT', 'CARER')
                     AND r.ended_at IS NULL);
    RETURN NEW;
END;
$$;
COMMENT ON FUNCTION person_parent_renamed_bump_index_version() IS
    'Advances the index_version of a parent''s or carer''s children when the parent''s names change, so the name index reads the new names.';

-- Only a change of names fires it: the children's own version bump leaves their search_tokens as they were, so it
-- never cascades.
CREATE TRIGGER person_parent_renamed_index_version AFTER UPDATE ON person
    FOR EACH ROW WHEN (OLD.search_tokens IS DISTINCT FROM NEW.search_tokens)
    EXECUTE FUNCTION person_parent_renamed_bump_index_version();
