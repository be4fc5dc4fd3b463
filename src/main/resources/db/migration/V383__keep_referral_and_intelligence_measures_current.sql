-- Referrals' and intelligence's measures (referrals.ReferralMeasures, intelligence.IntelligenceMeasures) are kept
-- counted in measure_count (V380, ADR 0016). These statement triggers note, in the writing transaction, which months a
-- write touched: a referral from the month it was sent to the month its work closed, a disclosure in the month it was
-- made, a link in the months it is in force (to the end of time while it has no end). Labels, agencies' kinds and a
-- person's or place's role touch every period the records they describe fall in.

CREATE FUNCTION referral_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_records_changed('referrals', min(least(measure_day(n.sent_at), measure_day(n.closed_at))),
                                        max(greatest(measure_day(n.sent_at), measure_day(n.closed_at)))) FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_records_changed('referrals', min(least(measure_day(o.sent_at), measure_day(o.closed_at))),
                                        max(greatest(measure_day(o.sent_at), measure_day(o.closed_at)))) FROM old_rows o;
    ELSE
        PERFORM measure_records_changed('referrals', min(least(measure_day(r.sent_at), measure_day(r.closed_at))),
                                        max(greatest(measure_day(r.sent_at), measure_day(r.closed_at))))
           FROM old_rows o JOIN new_rows n ON n.id = o.id
           CROSS JOIN LATERAL (VALUES (o.sent_at, o.closed_at), (n.sent_at, n.closed_at)) r (sent_at, closed_at)
          WHERE (o.child_id, o.area_id, o.to_agency_id, o.status, o.sent_at, o.decided_at, o.decision_due_on,
                 o.worker_id, o.outcome, o.closed_at)
                IS DISTINCT FROM
                (n.child_id, n.area_id, n.to_agency_id, n.status, n.sent_at, n.decided_at, n.decision_due_on,
                 n.worker_id, n.outcome, n.closed_at);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION referral_measure_change() IS 'Notes the months a write to referral touched.';
CREATE TRIGGER referral_measure_insert AFTER INSERT ON referral
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION referral_measure_change();
CREATE TRIGGER referral_measure_update AFTER UPDATE ON referral
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION referral_measure_change();
CREATE TRIGGER referral_measure_delete AFTER DELETE ON referral
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION referral_measure_change();

CREATE FUNCTION referral_reason_given_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measure_records_changed('referrals', min(measure_day(r.sent_at)), max(measure_day(r.sent_at)))
       FROM referral r
      WHERE r.id IN (SELECT n.referral_id FROM new_rows n)
         OR r.id IN (SELECT o.referral_id FROM old_rows o);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION referral_reason_given_measure_change() IS 'Notes the months of referrals whose reasons changed.';
CREATE FUNCTION referral_reason_given_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measure_records_changed('referrals', min(measure_day(r.sent_at)), max(measure_day(r.sent_at)))
       FROM referral r WHERE r.id IN (SELECT n.referral_id FROM new_rows n);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION referral_reason_given_inserted() IS 'Notes the months of referrals given a reason.';
CREATE FUNCTION referral_reason_given_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measure_records_changed('referrals', min(measure_day(r.sent_at)), max(measure_day(r.sent_at)))
       FROM referral r WHERE r.id IN (SELECT o.referral_id FROM old_rows o);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION referral_reason_given_deleted() IS 'Notes the months of referrals a reason was taken from.';
CREATE TRIGGER referral_reason_given_measure_insert AFTER INSERT ON referral_reason_given
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION referral_reason_given_inserted();
CREATE TRIGGER referral_reason_given_measure_update AFTER UPDATE ON referral_reason_given
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION referral_reason_given_measure_change();
CREATE TRIGGER referral_reason_given_measure_delete AFTER DELETE ON referral_reason_given
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION referral_reason_given_deleted();

CREATE FUNCTION disclosure_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_records_changed('referrals', min(measure_day(n.disclosed_at)), max(measure_day(n.disclosed_at)))
           FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_records_changed('referrals', min(measure_day(o.disclosed_at)), max(measure_day(o.disclosed_at)))
           FROM old_rows o;
    ELSE
        PERFORM measure_records_changed('referrals', min(measure_day(least(o.disclosed_at, n.disclosed_at))),
                                        max(measure_day(greatest(o.disclosed_at, n.disclosed_at))))
           FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (o.child_id, o.area_id, o.disclosed_at, o.passed_to_police_at, o.response_code)
                IS DISTINCT FROM (n.child_id, n.area_id, n.disclosed_at, n.passed_to_police_at, n.response_code);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION disclosure_measure_change() IS 'Notes the months a write to disclosure touched.';
CREATE TRIGGER disclosure_measure_insert AFTER INSERT ON disclosure
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION disclosure_measure_change();
CREATE TRIGGER disclosure_measure_update AFTER UPDATE ON disclosure
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION disclosure_measure_change();
CREATE TRIGGER disclosure_measure_delete AFTER DELETE ON disclosure
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION disclosure_measure_change();

CREATE TRIGGER agency_referral_measure_change AFTER UPDATE OF kind ON agency
    FOR EACH STATEMENT EXECUTE FUNCTION measure_reference_changed('referrals');
CREATE TRIGGER referral_reason_measure_change AFTER INSERT OR UPDATE OR DELETE ON referral_reason
    FOR EACH STATEMENT EXECUTE FUNCTION measure_reference_changed('referrals');
CREATE TRIGGER police_response_kind_measure_change AFTER INSERT OR UPDATE OR DELETE ON police_response_kind
    FOR EACH STATEMENT EXECUTE FUNCTION measure_reference_changed('referrals');

CREATE FUNCTION intel_link_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_records_changed('intelligence', min(n.valid_from), max(coalesce(n.valid_to, 'infinity')))
           FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_records_changed('intelligence', min(o.valid_from), max(coalesce(o.valid_to, 'infinity')))
           FROM old_rows o;
    ELSE
        PERFORM measure_records_changed('intelligence', min(r.valid_from), max(coalesce(r.valid_to, 'infinity')))
           FROM old_rows o JOIN new_rows n ON n.id = o.id
           CROSS JOIN LATERAL (VALUES (o.valid_from, o.valid_to), (n.valid_from, n.valid_to)) r (valid_from, valid_to)
          WHERE (o.from_entity, o.to_entity, o.valid_from, o.valid_to, o.ended_at, o.restricted)
                IS DISTINCT FROM (n.from_entity, n.to_entity, n.valid_from, n.valid_to, n.ended_at, n.restricted);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION intel_link_measure_change() IS 'Notes the months a write to intel_link touched.';
CREATE TRIGGER intel_link_measure_insert AFTER INSERT ON intel_link
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intel_link_measure_change();
CREATE TRIGGER intel_link_measure_update AFTER UPDATE ON intel_link
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intel_link_measure_change();
CREATE TRIGGER intel_link_measure_delete AFTER DELETE ON intel_link
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION intel_link_measure_change();

CREATE FUNCTION intel_entity_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measure_records_changed('intelligence', min(l.valid_from), max(coalesce(l.valid_to, 'infinity')))
       FROM (SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.area_id, o.kind, o.is_child, o.concern_role, o.location_type)
                    IS DISTINCT FROM (n.area_id, n.kind, n.is_child, n.concern_role, n.location_type)) c
       JOIN intel_link l ON c.id IN (l.from_entity, l.to_entity);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION intel_entity_measure_change() IS
    'Notes the months of the links of entities whose area, kind, role or place type changed.';
CREATE TRIGGER intel_entity_measure_update AFTER UPDATE ON intel_entity
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION intel_entity_measure_change();
CREATE TRIGGER intel_location_type_measure_change AFTER INSERT OR UPDATE OR DELETE ON intel_location_type
    FOR EACH STATEMENT EXECUTE FUNCTION measure_reference_changed('intelligence');
