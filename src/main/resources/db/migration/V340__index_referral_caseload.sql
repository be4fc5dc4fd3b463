-- A worker's caseload is scoped to the worker's agency and areas inside the query (ADR 0012): the index carries both,
-- so a caseload page walks only that worker's open referrals in an area, newest first, and stops at the page's end.
CREATE INDEX referral_caseload_idx ON referral (worker_id, to_agency_id, area_id, id) WHERE status = 'ACCEPTED';
DROP INDEX referral_worker_idx;
