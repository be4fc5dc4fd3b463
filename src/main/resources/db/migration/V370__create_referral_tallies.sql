-- The receiving agency's queue shows how many referrals wait for its decision and how many it is working on, a
-- worker's caseload how many are theirs, and the queue the outcomes of the last twelve months (issue 15, ADR 0012).
-- Counting them from referral read every referral in those states on each request (50,000 referrals: about 50,000
-- index entries), so the figures were kept for five seconds per reader and could be that stale on another node.
-- These two tables give the same numbers from a few rows per agency and area, exact at every commit: statement
-- triggers keep them current on every write to referral (a step, a redirect, a merge, a bulk load), so no writer can
-- forget them. Each statement adds its net change per key, keys in order, so two writers never deadlock on one table.
-- The counts have no CHECK (>= 0): PostgreSQL checks the row an INSERT ... ON CONFLICT proposes (a change of minus one)
-- before it finds the row it updates instead. ReferralStateMachineIT proves the tallies agree with the referrals.

CREATE TABLE referral_tally (
    to_agency_id  bigint  NOT NULL REFERENCES agency (id),
    area_id       bigint  NOT NULL REFERENCES area (id),
    status        text    NOT NULL CHECK (status IN ('SENT', 'ACCEPTED')),
    worker_id     bigint  REFERENCES user_account (id),
    referrals     integer NOT NULL,
    CONSTRAINT referral_tally_key UNIQUE NULLS NOT DISTINCT (to_agency_id, area_id, status, worker_id)
);
COMMENT ON TABLE referral_tally IS
    'Derived from referral by triggers (never written by the application): how many referrals to an agency in an area are waiting for its decision (SENT) or accepted and open (ACCEPTED), per worker, for the queue''s and the caseload''s counts.';
COMMENT ON COLUMN referral_tally.worker_id IS 'The worker the referrals are allocated to; empty for those with none.';

CREATE TABLE referral_outcome_tally (
    to_agency_id  bigint  NOT NULL REFERENCES agency (id),
    area_id       bigint  NOT NULL REFERENCES area (id),
    closed_on     date    NOT NULL,
    outcome       text    NOT NULL CHECK (outcome IN ('RISK_REDUCED', 'RISK_UNCHANGED', 'RISK_INCREASED')),
    referrals     integer NOT NULL,
    PRIMARY KEY (to_agency_id, area_id, closed_on, outcome)
);
COMMENT ON TABLE referral_outcome_tally IS
    'Derived from referral by triggers (never written by the application): how many referrals to an agency in an area closed with each outcome on each day (Europe/London), for the queue''s outcome figures of the last twelve months.';

-- Adds each key's net change in these referrals (new rows count one, old rows minus one) to both tallies.
CREATE FUNCTION referral_tally_add(changes jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO referral_tally AS t (to_agency_id, area_id, status, worker_id, referrals)
    SELECT c.to_agency_id, c.area_id, c.status, c.worker_id, sum(c.delta)
      FROM jsonb_to_recordset(changes) AS c(to_agency_id bigint, area_id bigint, status text, worker_id bigint,
                                            closed_on date, outcome text, delta integer)
     WHERE c.status IN ('SENT', 'ACCEPTED')
     GROUP BY 1, 2, 3, 4 HAVING sum(c.delta) <> 0
     ORDER BY 1, 2, 3, 4
    ON CONFLICT ON CONSTRAINT referral_tally_key DO UPDATE SET referrals = t.referrals + EXCLUDED.referrals;
    INSERT INTO referral_outcome_tally AS t (to_agency_id, area_id, closed_on, outcome, referrals)
    SELECT c.to_agency_id, c.area_id, c.closed_on, c.outcome, sum(c.delta)
      FROM jsonb_to_recordset(changes) AS c(to_agency_id bigint, area_id bigint, status text, worker_id bigint,
                                            closed_on date, outcome text, delta integer)
     WHERE c.status = 'CLOSED' AND c.outcome IS NOT NULL AND c.closed_on IS NOT NULL
     GROUP BY 1, 2, 3, 4 HAVING sum(c.delta) <> 0
     ORDER BY 1, 2, 3, 4
    ON CONFLICT (to_agency_id, area_id, closed_on, outcome) DO UPDATE SET referrals = t.referrals + EXCLUDED.referrals;
END
$$;
COMMENT ON FUNCTION referral_tally_add(jsonb) IS
    'Adds net changes (rows of to_agency_id, area_id, status, worker_id, closed_on, outcome, delta) to referral_tally and referral_outcome_tally.';

CREATE FUNCTION referral_tally_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM referral_tally_add((SELECT jsonb_agg(jsonb_build_object(
                'to_agency_id', n.to_agency_id, 'area_id', n.area_id, 'status', n.status, 'worker_id', n.worker_id,
                'closed_on', (n.closed_at AT TIME ZONE 'Europe/London')::date, 'outcome', n.outcome, 'delta', 1))
            FROM new_referrals n WHERE n.status IN ('SENT', 'ACCEPTED', 'CLOSED')));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM referral_tally_add((SELECT jsonb_agg(jsonb_build_object(
                'to_agency_id', o.to_agency_id, 'area_id', o.area_id, 'status', o.status, 'worker_id', o.worker_id,
                'closed_on', (o.closed_at AT TIME ZONE 'Europe/London')::date, 'outcome', o.outcome, 'delta', -1))
            FROM old_referrals o WHERE o.status IN ('SENT', 'ACCEPTED', 'CLOSED')));
    ELSE
        PERFORM referral_tally_add((SELECT jsonb_agg(x.change) FROM (
            SELECT jsonb_build_object(
                'to_agency_id', n.to_agency_id, 'area_id', n.area_id, 'status', n.status, 'worker_id', n.worker_id,
                'closed_on', (n.closed_at AT TIME ZONE 'Europe/London')::date, 'outcome', n.outcome, 'delta', 1)
              FROM new_referrals n WHERE n.status IN ('SENT', 'ACCEPTED', 'CLOSED')
            UNION ALL
            SELECT jsonb_build_object(
                'to_agency_id', o.to_agency_id, 'area_id', o.area_id, 'status', o.status, 'worker_id', o.worker_id,
                'closed_on', (o.closed_at AT TIME ZONE 'Europe/London')::date, 'outcome', o.outcome, 'delta', -1)
              FROM old_referrals o WHERE o.status IN ('SENT', 'ACCEPTED', 'CLOSED')) x(change)));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION referral_tally_refresh() IS
    'Keeps referral_tally and referral_outcome_tally current after each statement that writes referral.';

CREATE TRIGGER referral_tally_insert AFTER INSERT ON referral
    REFERENCING NEW TABLE AS new_referrals FOR EACH STATEMENT EXECUTE FUNCTION referral_tally_refresh();
CREATE TRIGGER referral_tally_update AFTER UPDATE ON referral
    REFERENCING OLD TABLE AS old_referrals NEW TABLE AS new_referrals
    FOR EACH STATEMENT EXECUTE FUNCTION referral_tally_refresh();
CREATE TRIGGER referral_tally_delete AFTER DELETE ON referral
    REFERENCING OLD TABLE AS old_referrals FOR EACH STATEMENT EXECUTE FUNCTION referral_tally_refresh();

INSERT INTO referral_tally (to_agency_id, area_id, status, worker_id, referrals)
SELECT to_agency_id, area_id, status, worker_id, count(*) FROM referral
 WHERE status IN ('SENT', 'ACCEPTED') GROUP BY 1, 2, 3, 4;
INSERT INTO referral_outcome_tally (to_agency_id, area_id, closed_on, outcome, referrals)
SELECT to_agency_id, area_id, (closed_at AT TIME ZONE 'Europe/London')::date, outcome, count(*) FROM referral
 WHERE status = 'CLOSED' AND outcome IS NOT NULL AND closed_at IS NOT NULL GROUP BY 1, 2, 3, 4;
