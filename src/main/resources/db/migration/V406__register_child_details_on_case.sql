-- The register by age and by transition to adult services (ADR 0008). The age order, the age groups and the
-- transition flag read the child's date of birth and additional needs from person, so each of those views joined
-- every open case of the area (or of every area) to its child and sorted or filtered them all to show fifty: 150-200 ms
-- at p95 under twenty users where the other views took 80. The two details are kept on the case, equal to the child's
-- record, so these views read an index of child_case in order and stop at their fifty rows.

ALTER TABLE child_case ADD COLUMN child_born_on date;
ALTER TABLE child_case ADD COLUMN child_additional_needs boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN child_case.child_born_on IS
    'The child''s date of birth, kept equal to person.date_of_birth by triggers (the register''s age order and groups).';
COMMENT ON COLUMN child_case.child_additional_needs IS
    'Whether the child has additional needs (learning disability, SEN support or an EHC plan, a disability), kept'
    ' equal to the child''s record by triggers (the register''s transition flag).';

CREATE FUNCTION person_additional_needs(p person) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT p.learning_disability OR p.send_status IN ('SEN_SUPPORT', 'EHC_PLAN') OR p.disability IS NOT NULL
$$;
COMMENT ON FUNCTION person_additional_needs(person) IS
    'Whether a child has additional needs as the register flags them (a learning disability, SEN support or an EHC'
    ' plan, a disability recorded).';

UPDATE child_case c SET child_born_on = p.date_of_birth, child_additional_needs = person_additional_needs(p)
  FROM person p WHERE p.id = c.child_id;

CREATE FUNCTION child_case_child_details() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT p.date_of_birth, person_additional_needs(p) INTO NEW.child_born_on, NEW.child_additional_needs
      FROM person p WHERE p.id = NEW.child_id;
    NEW.child_additional_needs := coalesce(NEW.child_additional_needs, false);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION child_case_child_details() IS 'Sets a case''s child_born_on and child_additional_needs from its child.';
CREATE TRIGGER child_case_child_details BEFORE INSERT OR UPDATE OF child_id ON child_case
    FOR EACH ROW EXECUTE FUNCTION child_case_child_details();

CREATE FUNCTION person_child_details_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE child_case SET child_born_on = NEW.date_of_birth, child_additional_needs = person_additional_needs(NEW)
     WHERE child_id = NEW.id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION person_child_details_changed() IS
    'Carries a child''s corrected date of birth or additional needs to the child''s cases.';
CREATE TRIGGER person_child_details_changed AFTER UPDATE OF date_of_birth, learning_disability, send_status, disability
    ON person FOR EACH ROW
    WHEN ((OLD.date_of_birth, OLD.learning_disability, OLD.send_status, OLD.disability)
          IS DISTINCT FROM (NEW.date_of_birth, NEW.learning_disability, NEW.send_status, NEW.disability))
    EXECUTE FUNCTION person_child_details_changed();

-- An area's register, and the register across areas, by age (youngest first), by last screening (oldest first) and
-- by the date put on the register (newest first); the register across areas in its missing order (the area's is
-- V395's); the area's children with additional needs by date of birth (the transition flag). Each order is one index
-- range read with LIMIT, as review, band and lead already were.
CREATE INDEX child_case_area_open_born_idx ON child_case (area_id, child_born_on DESC NULLS LAST, id)
    WHERE status = 'OPEN';
CREATE INDEX child_case_open_born_idx ON child_case (child_born_on DESC NULLS LAST, id) WHERE status = 'OPEN';
CREATE INDEX child_case_area_open_screened_idx ON child_case (area_id, last_screened_on NULLS FIRST, id)
    WHERE status = 'OPEN';
CREATE INDEX child_case_open_screened_idx ON child_case (last_screened_on NULLS FIRST, id) WHERE status = 'OPEN';
CREATE INDEX child_case_area_open_opened_idx ON child_case (area_id, opened_on DESC, id DESC) WHERE status = 'OPEN';
CREATE INDEX child_case_open_opened_idx ON child_case (opened_on DESC, id DESC) WHERE status = 'OPEN';
CREATE INDEX child_case_area_open_needs_idx ON child_case (area_id, child_born_on)
    WHERE status = 'OPEN' AND child_additional_needs;
CREATE INDEX child_case_open_missing_idx ON child_case (missing_90 DESC, missing_now DESC, next_review_on, id)
    WHERE status = 'OPEN';

-- An area's register by next review holds every column its rows are chosen with (V131); the age groups and the
-- transition flag are chosen with the child's details too, so they join the index, and an area's register filtered by
-- age is still read from the index alone in review order.
DROP INDEX child_case_area_open_idx;
CREATE INDEX child_case_area_open_idx ON child_case (area_id, next_review_on, id)
    INCLUDE (child_id, lead_user_id, band_label, band_rank, last_screened_on, child_protection, opened_on,
             planning_meeting_held_on, child_born_on, child_additional_needs)
    WHERE status = 'OPEN';
