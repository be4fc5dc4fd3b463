-- Missing's and meetings' measures (missing.MissingMeasures, meetings.MeetingMeasures) are kept counted in
-- measure_count (V380, ADR 0016). These statement triggers note, in the writing transaction, which months a write
-- touched. An episode counts from its start to its return (episodes and repeat-missing children by the start, return
-- home interviews by the return); an interview in its episode's months; a strategy discussion or meeting action in
-- the month it is due. A change to the missing settings (hours, repeat number) touches every period.

CREATE FUNCTION missing_episode_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_records_changed('missing', min(measure_day(n.started_at)),
                                        max(measure_day(coalesce(n.ended_at, n.started_at)))) FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_records_changed('missing', min(measure_day(o.started_at)),
                                        max(measure_day(coalesce(o.ended_at, o.started_at)))) FROM old_rows o;
    ELSE
        PERFORM measure_records_changed('missing', min(measure_day(r.started_at)),
                                        max(measure_day(coalesce(r.ended_at, r.started_at))))
           FROM old_rows o JOIN new_rows n ON n.id = o.id
           CROSS JOIN LATERAL (VALUES (o.started_at, o.ended_at), (n.started_at, n.ended_at)) r (started_at, ended_at)
          WHERE (o.child_id, o.area_id, o.category, o.started_at, o.ended_at)
                IS DISTINCT FROM (n.child_id, n.area_id, n.category, n.started_at, n.ended_at);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION missing_episode_measure_change() IS 'Notes the months a write to missing_episode touched.';
CREATE TRIGGER missing_episode_measure_insert AFTER INSERT ON missing_episode
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION missing_episode_measure_change();
CREATE TRIGGER missing_episode_measure_update AFTER UPDATE ON missing_episode
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION missing_episode_measure_change();
CREATE TRIGGER missing_episode_measure_delete AFTER DELETE ON missing_episode
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION missing_episode_measure_change();

CREATE FUNCTION missing_episode_measure_span(episodes bigint[]) RETURNS void LANGUAGE sql AS $$
    SELECT measure_records_changed('missing', min(measure_day(e.started_at)),
                                   max(measure_day(coalesce(e.ended_at, e.started_at))))
      FROM missing_episode e WHERE e.id = ANY (episodes)
$$;
COMMENT ON FUNCTION missing_episode_measure_span(bigint[]) IS 'Notes the months of these episodes as changed.';

CREATE FUNCTION return_interview_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM missing_episode_measure_span(ARRAY(SELECT n.episode_id FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM missing_episode_measure_span(ARRAY(SELECT o.episode_id FROM old_rows o));
    ELSE
        PERFORM missing_episode_measure_span(ARRAY(
            SELECT e FROM old_rows o JOIN new_rows n ON n.id = o.id
                 CROSS JOIN LATERAL unnest(ARRAY[o.episode_id, n.episode_id]) e
             WHERE (o.episode_id, o.offered_at, o.held_at) IS DISTINCT FROM (n.episode_id, n.offered_at, n.held_at)));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION return_interview_measure_change() IS 'Notes the months of the episodes whose interview changed.';
CREATE TRIGGER return_interview_measure_insert AFTER INSERT ON return_interview
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION return_interview_measure_change();
CREATE TRIGGER return_interview_measure_update AFTER UPDATE ON return_interview
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION return_interview_measure_change();
CREATE TRIGGER return_interview_measure_delete AFTER DELETE ON return_interview
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION return_interview_measure_change();

CREATE TRIGGER missing_setting_measure_change AFTER INSERT OR UPDATE OR DELETE ON missing_setting
    FOR EACH STATEMENT EXECUTE FUNCTION measure_reference_changed('missing');

CREATE FUNCTION strategy_discussion_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_records_changed('meetings', min(n.due_on), max(n.due_on)) FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_records_changed('meetings', min(o.due_on), max(o.due_on)) FROM old_rows o;
    ELSE
        PERFORM measure_records_changed('meetings', min(least(o.due_on, n.due_on)), max(greatest(o.due_on, n.due_on)))
           FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (o.child_id, o.due_on, o.held_on) IS DISTINCT FROM (n.child_id, n.due_on, n.held_on);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION strategy_discussion_measure_change() IS 'Notes the months a write to strategy_discussion touched.';
CREATE TRIGGER strategy_discussion_measure_insert AFTER INSERT ON strategy_discussion
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION strategy_discussion_measure_change();
CREATE TRIGGER strategy_discussion_measure_update AFTER UPDATE ON strategy_discussion
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION strategy_discussion_measure_change();
CREATE TRIGGER strategy_discussion_measure_delete AFTER DELETE ON strategy_discussion
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION strategy_discussion_measure_change();

CREATE FUNCTION meeting_action_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM measure_records_changed('meetings', min(n.due_on), max(n.due_on)) FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM measure_records_changed('meetings', min(o.due_on), max(o.due_on)) FROM old_rows o;
    ELSE
        PERFORM measure_records_changed('meetings', min(least(o.due_on, n.due_on)), max(greatest(o.due_on, n.due_on)))
           FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE (o.meeting_id, o.due_on, o.status, o.closed_at)
                IS DISTINCT FROM (n.meeting_id, n.due_on, n.status, n.closed_at);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION meeting_action_measure_change() IS 'Notes the months a write to meeting_action touched.';
CREATE TRIGGER meeting_action_measure_insert AFTER INSERT ON meeting_action
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_action_measure_change();
CREATE TRIGGER meeting_action_measure_update AFTER UPDATE ON meeting_action
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_action_measure_change();
CREATE TRIGGER meeting_action_measure_delete AFTER DELETE ON meeting_action
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_action_measure_change();

-- A meeting's area places its actions; a child's area places their strategy discussions.
CREATE FUNCTION meeting_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measure_records_changed('meetings', min(a.due_on), max(a.due_on))
       FROM meeting_action a
      WHERE a.meeting_id IN (SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                              WHERE o.area_id IS DISTINCT FROM n.area_id);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION meeting_measure_change() IS 'Notes the months of the actions of meetings whose area changed.';
CREATE TRIGGER meeting_measure_update AFTER UPDATE ON meeting
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION meeting_measure_change();

CREATE FUNCTION person_meeting_measure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measure_records_changed('meetings', min(sd.due_on), max(sd.due_on))
       FROM strategy_discussion sd
      WHERE sd.child_id IN (SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
                             WHERE o.area_id IS DISTINCT FROM n.area_id);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION person_meeting_measure_change() IS
    'Notes the months of the strategy discussions of children whose home area changed.';
CREATE TRIGGER person_meeting_measure_update AFTER UPDATE ON person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_meeting_measure_change();
