-- The register's measures (cases.CaseMeasures) are kept counted in measure_count (V380, ADR 0016). These statement
-- triggers note, in the writing transaction, which months a write to the register's records touched, so a kept count
-- those months feed is counted again before it is shown. A case counts in the periods from its opening to its
-- closure (new, open at the end, plans, models of exploitation); closures and audits on the day they were decided.
-- An update that changes nothing a measure reads (a review date, a lead worker) notes nothing.

CREATE FUNCTION child_case_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_records_changed('cases', min(n.opened_on), max(coalesce(n.closed_on, 'infinity'))) FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_records_changed('cases', min(o.opened_on), max(coalesce(o.closed_on, 'infinity'))) FROM old_rows o;
    ELSE
        PERFORM measure_records_changed('cases', min(r.opened_on), max(coalesce(r.closed_on, 'infinity')))
           FROM old_rows o JOIN new_rows n ON n.id = o.id
           CROSS JOIN LATERAL (VALUES (o.opened_on, o.closed_on), (n.opened_on, n.closed_on)) r (opened_on, closed_on)
          WHERE (o.child_id, o.area_id, o.opened_on, o.closed_on, o.band_label, o.planning_meeting_due_on,
                 o.planning_meeting_held_on)
                IS DISTINCT FROM
                (n.child_id, n.area_id, n.opened_on, n.closed_on, n.band_label, n.planning_meeting_due_on,
                 n.planning_meeting_held_on);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION child_case_measure_change() IS 'Notes the months a write to child_case touched (measure_change).';
CREATE TRIGGER child_case_measure_insert AFTER INSERT ON child_case
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION child_case_measure_change();
CREATE TRIGGER child_case_measure_update AFTER UPDATE ON child_case
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION child_case_measure_change();
CREATE TRIGGER child_case_measure_delete AFTER DELETE ON child_case
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION child_case_measure_change();

-- A case's whole span, for records that count in every period the case is open in.
CREATE FUNCTION case_measure_span(cases bigint[]) RETURNS void LANGUAGE sql AS $$
    SELECT measure_records_changed('cases', min(c.opened_on), max(coalesce(c.closed_on, 'infinity')))
      FROM child_case c WHERE c.id = ANY (cases)
$$;
COMMENT ON FUNCTION case_measure_span(bigint[]) IS 'Notes the months these cases are open in as changed.';

CREATE FUNCTION case_plan_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM case_measure_span(ARRAY(SELECT n.case_id FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM case_measure_span(ARRAY(SELECT o.case_id FROM old_rows o));
    ELSE
        PERFORM case_measure_span(ARRAY(
            SELECT c FROM old_rows o JOIN new_rows n ON n.case_id = o.case_id
                 CROSS JOIN LATERAL unnest(ARRAY[o.case_id, n.case_id]) c
             WHERE n.child_view IS DISTINCT FROM o.child_view));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION case_plan_measure_change() IS 'Notes the months of the cases whose plan''s child''s view changed.';
CREATE TRIGGER case_plan_measure_insert AFTER INSERT ON case_plan
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_plan_measure_change();
CREATE TRIGGER case_plan_measure_update AFTER UPDATE ON case_plan
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_plan_measure_change();
CREATE TRIGGER case_plan_measure_delete AFTER DELETE ON case_plan
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_plan_measure_change();

CREATE FUNCTION case_cse_model_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM case_measure_span(ARRAY(SELECT n.case_id FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM case_measure_span(ARRAY(SELECT o.case_id FROM old_rows o));
    ELSE
        PERFORM case_measure_span(ARRAY(SELECT o.case_id FROM old_rows o UNION SELECT n.case_id FROM new_rows n));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION case_cse_model_measure_change() IS 'Notes the months of the cases whose models of exploitation changed.';
CREATE TRIGGER case_cse_model_measure_insert AFTER INSERT ON case_cse_model
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_cse_model_measure_change();
CREATE TRIGGER case_cse_model_measure_update AFTER UPDATE ON case_cse_model
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_cse_model_measure_change();
CREATE TRIGGER case_cse_model_measure_delete AFTER DELETE ON case_cse_model
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_cse_model_measure_change();

CREATE FUNCTION case_closure_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_records_changed('cases', min(measure_day(n.decided_at)), max(measure_day(n.decided_at)))
           FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_records_changed('cases', min(measure_day(o.decided_at)), max(measure_day(o.decided_at)))
           FROM old_rows o;
    ELSE
        PERFORM measure_records_changed('cases', min(measure_day(r.decided_at)), max(measure_day(r.decided_at)))
           FROM old_rows o JOIN new_rows n ON n.id = o.id
           CROSS JOIN LATERAL (VALUES (o.decided_at), (n.decided_at)) r (decided_at)
          WHERE (o.case_id, o.status, o.outcome, o.reason, o.decided_at)
                IS DISTINCT FROM (n.case_id, n.status, n.outcome, n.reason, n.decided_at);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION case_closure_measure_change() IS 'Notes the months of the closure decisions a write touched.';
CREATE TRIGGER case_closure_measure_insert AFTER INSERT ON case_closure
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_closure_measure_change();
CREATE TRIGGER case_closure_measure_update AFTER UPDATE ON case_closure
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_closure_measure_change();
CREATE TRIGGER case_closure_measure_delete AFTER DELETE ON case_closure
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_closure_measure_change();

CREATE FUNCTION case_file_audit_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        PERFORM measure_records_changed('cases', min(measure_day(n.audited_at)), max(measure_day(n.audited_at)))
           FROM new_rows n;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM measure_records_changed('cases', min(measure_day(o.audited_at)), max(measure_day(o.audited_at)))
           FROM old_rows o;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION case_file_audit_measure_change() IS 'Notes the months of the case file audits a write touched.';
CREATE TRIGGER case_file_audit_measure_insert AFTER INSERT ON case_file_audit
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_file_audit_measure_change();
CREATE TRIGGER case_file_audit_measure_update AFTER UPDATE ON case_file_audit
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_file_audit_measure_change();
CREATE TRIGGER case_file_audit_measure_delete AFTER DELETE ON case_file_audit
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_file_audit_measure_change();

-- A child's recorded details break "children identified at risk" down (age, sex, ethnicity, looked-after status,
-- additional needs): a change counts again every period from the child's first case on.
CREATE FUNCTION person_case_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measure_records_changed('cases', min(c.opened_on), 'infinity')
       FROM child_case c
      WHERE c.child_id IN (
            SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
             WHERE (o.date_of_birth, o.sex, o.ethnicity, o.send_status, o.learning_disability, o.looked_after_status)
                   IS DISTINCT FROM
                   (n.date_of_birth, n.sex, n.ethnicity, n.send_status, n.learning_disability, n.looked_after_status));
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION person_case_measure_change() IS
    'Notes the months of the register''s measures a change to a child''s recorded details touched.';
CREATE TRIGGER person_case_measure_update AFTER UPDATE ON person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_case_measure_change();

CREATE TRIGGER ethnicity_case_measure_change AFTER INSERT OR UPDATE OR DELETE ON ethnicity
    FOR EACH STATEMENT EXECUTE FUNCTION measure_reference_changed('cases');
CREATE TRIGGER cse_model_case_measure_change AFTER INSERT OR UPDATE OR DELETE ON cse_model
    FOR EACH STATEMENT EXECUTE FUNCTION measure_reference_changed('cases');
