-- The register's missing order, kept ahead (issue 14's speed targets, ADR 0019). Ordering an area's register by
-- episodes in the last 90 days counted them for all of the area's 5,000 cases on every request (a hash join with every
-- child's summary and a top-N sort). Each open case now carries the child's count and whether the child is missing
-- now, so the order is a range of one index read with LIMIT.
--
-- A count of the last 90 days changes with time alone: an episode leaves the window 2,160 hours (90 days of elapsed
-- time, as the register counts them) after it started, with nothing written. So each summary row also keeps the
-- interval of moments its count is right for: [kept_from, kept_until). missing_counts_roll(at) recounts the rows whose
-- interval does not hold `at` (an episode aged out, or a clock set back) and copies them to the open cases; the
-- register calls it before it orders by the count, so the order is right at any moment whether or not anything ran
-- at midnight, and it writes only when a count has changed since (a few children a day in a real area).

ALTER TABLE missing_child_summary
    ADD COLUMN missing_90 integer     NOT NULL DEFAULT 0,
    ADD COLUMN kept_from  timestamptz NOT NULL DEFAULT '-infinity',
    ADD COLUMN kept_until timestamptz NOT NULL DEFAULT '-infinity';
COMMENT ON COLUMN missing_child_summary.missing_90 IS
    'Sensitive: the child''s episodes started in the 2,160 hours before any moment from kept_from (inclusive) to kept_until (exclusive).';
COMMENT ON COLUMN missing_child_summary.kept_from IS
    'The earliest moment missing_90 is right for (an older episode is back in the window before it).';
COMMENT ON COLUMN missing_child_summary.kept_until IS
    'The moment missing_90 first drops (its oldest counted episode leaves the window); recounted by missing_counts_roll.';
CREATE INDEX missing_child_summary_kept_until_idx ON missing_child_summary (kept_until);
CREATE INDEX missing_child_summary_kept_from_idx ON missing_child_summary (kept_from);

ALTER TABLE child_case
    ADD COLUMN missing_90  integer NOT NULL DEFAULT 0,
    ADD COLUMN missing_now boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN child_case.missing_90 IS
    'Sensitive: copy of the child''s missing_child_summary.missing_90 while the case is open (kept by the missing module''s triggers, ADR 0019), for the register''s missing order.';
COMMENT ON COLUMN child_case.missing_now IS
    'Sensitive: whether the child has an open missing episode, copied while the case is open (ADR 0019).';
-- The register of an area in its missing order (Register: missing_90 DESC, missing_now DESC, next_review_on, id).
CREATE INDEX child_case_area_missing_idx ON child_case (area_id, missing_90 DESC, missing_now DESC, next_review_on, id)
    WHERE status = 'OPEN';

-- Counts these children's episodes in the 2,160 hours before `at`, with the interval that count holds for, and
-- copies count and "missing now" to their open cases (only where they differ, so nothing is written for nothing).
CREATE FUNCTION missing_child_summary_count(children bigint[], at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    WITH counted AS (
        UPDATE missing_child_summary s
           SET missing_90 = k.n, kept_from = k.kept_from, kept_until = k.kept_until
          FROM (SELECT s2.child_id,
                       count(x.start) FILTER (WHERE x.start >= at - interval '2160 hours') AS n,
                       coalesce(max(x.start) FILTER (WHERE x.start < at - interval '2160 hours')
                                + interval '2160 hours 1 microsecond', '-infinity') AS kept_from,
                       coalesce(min(x.start) FILTER (WHERE x.start >= at - interval '2160 hours')
                                + interval '2160 hours 1 microsecond', 'infinity') AS kept_until
                  FROM missing_child_summary s2 LEFT JOIN LATERAL unnest(s2.starts) x (start) ON true
                 WHERE s2.child_id = ANY (children)
                 GROUP BY s2.child_id) k
         WHERE s.child_id = k.child_id
        RETURNING s.child_id, s.missing_90, s.open_since IS NOT NULL AS missing_now)
    UPDATE child_case c SET missing_90 = counted.missing_90, missing_now = counted.missing_now
      FROM counted
     WHERE c.child_id = counted.child_id AND c.status = 'OPEN'
       AND (c.missing_90, c.missing_now) IS DISTINCT FROM (counted.missing_90, counted.missing_now);
    -- A child whose every episode was removed has no summary any more: its open case counts nothing.
    UPDATE child_case c SET missing_90 = 0, missing_now = false
     WHERE c.child_id = ANY (children) AND c.status = 'OPEN' AND (c.missing_90 <> 0 OR c.missing_now)
       AND NOT EXISTS (SELECT 1 FROM missing_child_summary s WHERE s.child_id = c.child_id);
END
$$;
COMMENT ON FUNCTION missing_child_summary_count(bigint[], timestamptz) IS
    'Recounts missing_child_summary.missing_90 of these children at a moment and copies it to their open cases.';

-- V320's refresh, unchanged, then the count at this minute of the children it refreshed.
CREATE OR REPLACE FUNCTION missing_child_summary_refresh(children bigint[]) RETURNS void LANGUAGE plpgsql AS $$
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
    PERFORM missing_child_summary_count(children, date_trunc('minute', now()));
END
$$;

-- Recounts every summary whose count is not right at `at` (rows locked in id order, as the episode triggers lock
-- them, so a roll and a writer never deadlock; a row a writer has just recounted is checked again after its lock and
-- skipped). Returns how many it recounted; with none stale it reads one end of two indexes and writes nothing.
CREATE FUNCTION missing_counts_roll(at timestamptz) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    stale bigint[];
BEGIN
    -- The earliest kept_until and the latest kept_from: one end of an index each, whatever `at` is. (As EXISTS with
    -- `at` as a parameter, PL/pgSQL's generic plan scanned the table: 13-18 ms a call instead of a few index pages.)
    IF coalesce((SELECT min(kept_until) FROM missing_child_summary), 'infinity') > at
       AND coalesce((SELECT max(kept_from) FROM missing_child_summary), '-infinity') <= at THEN
        RETURN 0;
    END IF;
    stale := ARRAY(SELECT s.child_id FROM missing_child_summary s WHERE s.kept_until <= at OR s.kept_from > at
                    ORDER BY s.child_id FOR UPDATE);
    PERFORM missing_child_summary_count(stale, at);
    RETURN cardinality(stale);
END
$$;
COMMENT ON FUNCTION missing_counts_roll(timestamptz) IS
    'Brings every child''s kept 90-day missing count (and its open case''s copy) to the moment `at`.';

-- A case opened or reopened (or moved to another child) takes the child's kept count and "missing now".
CREATE FUNCTION child_case_take_missing_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'OPEN' THEN
        SELECT coalesce(max(s.missing_90), 0), coalesce(bool_or(s.open_since IS NOT NULL), false)
          INTO NEW.missing_90, NEW.missing_now
          FROM missing_child_summary s WHERE s.child_id = NEW.child_id;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION child_case_take_missing_counts() IS
    'Copies the child''s kept missing counts to a case as it opens (ADR 0019).';
CREATE TRIGGER child_case_missing_counts BEFORE INSERT OR UPDATE OF status, child_id ON child_case
    FOR EACH ROW EXECUTE FUNCTION child_case_take_missing_counts();

-- Every open case puts right its copy (a case opened in the same moment as its child's episode was written may have
-- read the summary before that write committed); the daily pass (MissingOrderKeeper) calls it too.
CREATE FUNCTION missing_counts_reconcile() RETURNS integer LANGUAGE sql AS $$
    WITH fixed AS (
        UPDATE child_case c SET missing_90 = coalesce(s.missing_90, 0), missing_now = s.open_since IS NOT NULL
          FROM child_case o LEFT JOIN missing_child_summary s ON s.child_id = o.child_id
         WHERE c.id = o.id AND c.status = 'OPEN'
           AND (c.missing_90, c.missing_now)
               IS DISTINCT FROM (coalesce(s.missing_90, 0), coalesce(s.open_since IS NOT NULL, false))
        RETURNING 1)
    SELECT count(*)::integer FROM fixed
$$;
COMMENT ON FUNCTION missing_counts_reconcile() IS
    'Makes every open case''s copy of its child''s kept missing counts equal to the summary.';

SELECT missing_child_summary_count(ARRAY(SELECT child_id FROM missing_child_summary), date_trunc('minute', now()));
SELECT missing_counts_reconcile();
