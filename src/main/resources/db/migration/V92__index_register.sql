-- The register across several areas (the pan-partnership view) lists open cases by next review. The per-area index
-- (area_id, next_review_on) cannot give that order over several areas, so without this index every visible open
-- case is read and sorted to show the first fifty.
CREATE INDEX child_case_open_review_idx ON child_case (next_review_on, id) WHERE status = 'OPEN';

-- The register's lead professional filter lists the leads of an area's open cases; this lets it read the index alone.
CREATE INDEX child_case_open_lead_idx ON child_case (area_id, lead_user_id) WHERE status = 'OPEN';
