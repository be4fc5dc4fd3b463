-- Per child, when its missing episodes started and whether one is open (issue 14's speed targets, ADR 0011). The
-- register shows each child's episodes in the last 30 and 90 days, filters by them and orders a whole area by them;
-- counting episodes for every case of an area on every request read two index ranges per case (about 10,000 for an
-- area of 5,000 cases). This table gives the same answer from one row per child. Triggers keep it current on every
-- write to missing_episode (a report, a return, a merge or its undoing, a bulk load), so no writer can forget it.
CREATE TABLE missing_child_summary (
    child_id    bigint        PRIMARY KEY REFERENCES person (id),
    starts      timestamptz[] NOT NULL,
    open_since  timestamptz
);
COMMENT ON TABLE missing_child_summary IS
    'Derived from missing_episode by triggers (never written by the application): per child with episodes, when each started and whether one is open, so lists of children count recent episodes from one row (platform.MissingCounts).';
COMMENT ON COLUMN missing_child_summary.starts IS
    'Sensitive: when each of the child''s missing episodes started, oldest first (sorted, so a count since a moment is a binary search: width_bucket).';
COMMENT ON COLUMN missing_child_summary.open_since IS
    'Sensitive: when the child''s open episode started; empty when the child is not missing now.';

-- Recomputes the summaries of these children from their episodes. Each child's row is locked first (created if need
-- be), in id order so that two writers never deadlock; the statements after it take a fresh snapshot (READ COMMITTED),
-- so they see every episode committed by a writer that held the lock before, and two writers for one child cannot
-- leave a summary without the other's episode.
CREATE FUNCTION missing_child_summary_refresh(children bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(children) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO missing_child_summary (child_id, starts)
    SELECT DISTINCT c, '{}'::timestamptz[] FROM unnest(children) c WHERE c IS NOT NULL ORDER BY 1
    ON CONFLICT (child_id) DO NOTHING;
    PERFORM 1 FROM missing_child_summary s WHERE s.child_id = ANY (children) ORDER BY s.child_id FOR UPDATE;
    UPDATE missing_child_summary s SET starts = x.starts, open_since = x.open_since
      FROM (SELECT e.child_id, array_agg(e.started_at ORDER BY e.started_at) AS starts,
                   max(e.started_at) FILTER (WHERE e.ended_at IS NULL) AS open_since
              FROM missing_episode e WHERE e.child_id = ANY (children) GROUP BY e.child_id) x
     WHERE s.child_id = x.child_id;
    DELETE FROM missing_child_summary s
     WHERE s.child_id = ANY (children)
       AND NOT EXISTS (SELECT 1 FROM missing_episode e WHERE e.child_id = s.child_id);
END
$$;
COMMENT ON FUNCTION missing_child_summary_refresh(bigint[]) IS
    'Recomputes missing_child_summary for these children from missing_episode (called by the episode triggers).';

-- One function for the three statement triggers: the children whose episodes were added, removed, or changed in
-- who, start or end (an interview recorded changes none of them, so it costs nothing).
CREATE FUNCTION missing_episode_refresh_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM missing_child_summary_refresh(ARRAY(SELECT DISTINCT n.child_id FROM new_episodes n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM missing_child_summary_refresh(ARRAY(SELECT DISTINCT o.child_id FROM old_episodes o));
    ELSE
        PERFORM missing_child_summary_refresh(ARRAY(
            SELECT c FROM old_episodes o JOIN new_episodes n ON n.id = o.id
                 CROSS JOIN LATERAL unnest(ARRAY[o.child_id, n.child_id]) c
             WHERE (o.child_id, o.started_at, o.ended_at) IS DISTINCT FROM (n.child_id, n.started_at, n.ended_at)
             GROUP BY c));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION missing_episode_refresh_summary() IS
    'Keeps missing_child_summary current after each statement that writes missing_episode.';

CREATE TRIGGER missing_episode_summary_insert AFTER INSERT ON missing_episode
    REFERENCING NEW TABLE AS new_episodes FOR EACH STATEMENT EXECUTE FUNCTION missing_episode_refresh_summary();
CREATE TRIGGER missing_episode_summary_update AFTER UPDATE ON missing_episode
    REFERENCING OLD TABLE AS old_episodes NEW TABLE AS new_episodes
    FOR EACH STATEMENT EXECUTE FUNCTION missing_episode_refresh_summary();
CREATE TRIGGER missing_episode_summary_delete AFTER DELETE ON missing_episode
    REFERENCING OLD TABLE AS old_episodes FOR EACH STATEMENT EXECUTE FUNCTION missing_episode_refresh_summary();

INSERT INTO missing_child_summary (child_id, starts, open_since)
SELECT e.child_id, array_agg(e.started_at ORDER BY e.started_at), max(e.started_at) FILTER (WHERE e.ended_at IS NULL)
  FROM missing_episode e GROUP BY e.child_id;
