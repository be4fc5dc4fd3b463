-- The chair's action tracker lists the actions of meetings in the reader's areas (and pan-partnership ones), soonest
-- due first (issue 16, ADR 0013). The area was only on the meeting, so PostgreSQL read every open action of every
-- area through the owner index, joined the meetings and sorted them (2,000 open actions: 920 buffers, 19 ms) to show
-- 50. The action now carries its meeting's area, kept by triggers (set on every insert and change of meeting_id,
-- and follows a change of the meeting's area), so a page walks (area, due date, id) per area in order and stops at
-- the page's end.

ALTER TABLE meeting_action ADD COLUMN area_id bigint REFERENCES area (id);
COMMENT ON COLUMN meeting_action.area_id IS
    'Derived by triggers from the action''s meeting (never written by the application): its area, empty for a pan-partnership meeting. Lets the tracker walk each area''s actions in due order.';

UPDATE meeting_action a SET area_id = m.area_id FROM meeting m WHERE m.id = a.meeting_id AND m.area_id IS NOT NULL;

CREATE FUNCTION meeting_action_take_area() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.area_id := (SELECT m.area_id FROM meeting m WHERE m.id = NEW.meeting_id);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION meeting_action_take_area() IS 'Sets meeting_action.area_id to its meeting''s area.';
CREATE TRIGGER meeting_action_area BEFORE INSERT OR UPDATE OF meeting_id, area_id ON meeting_action
    FOR EACH ROW EXECUTE FUNCTION meeting_action_take_area();

CREATE FUNCTION meeting_area_to_actions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_action SET area_id = NEW.area_id WHERE meeting_id = NEW.id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION meeting_area_to_actions() IS 'Carries a change of a meeting''s area to its actions.';
CREATE TRIGGER meeting_area_actions AFTER UPDATE OF area_id ON meeting
    FOR EACH ROW WHEN (OLD.area_id IS DISTINCT FROM NEW.area_id) EXECUTE FUNCTION meeting_area_to_actions();

-- Open and overdue views: each area's open actions in due order. "All": each area's actions, walked backwards.
CREATE INDEX meeting_action_area_open_idx ON meeting_action (area_id, due_on, id)
    WHERE status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX meeting_action_area_due_idx ON meeting_action (area_id, due_on, id);
-- meeting_action_due_all_idx (V341) stays: the board's measures count actions by due date across areas.
