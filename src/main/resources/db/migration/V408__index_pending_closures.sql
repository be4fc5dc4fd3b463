-- The register's "closure awaiting approval" flag (ADR 0008) asks, case by case in the page's order, whether a
-- closure is pending, until fifty are found: with one case in fifty pending, about 2,500 look-ups a page into the
-- index of every closure ever requested, each then reading the closure's row for its status. The cases with a
-- closure pending, alone, answer each look-up from the index.
CREATE INDEX case_closure_pending_idx ON case_closure (case_id) WHERE status = 'PENDING';
