-- The register's three slow pages (ADR 0008): an index that gives each order, so the page's fifty cases are read in
-- order and the scan stops at the page instead of sorting every matching case.

-- The pan-partnership view ordered by band (with or without the overdue filter): band, then next review.
CREATE INDEX child_case_open_band_idx ON child_case (band_rank DESC NULLS LAST, next_review_on, id)
    WHERE status = 'OPEN';

-- Ordered by lead professional: the leads in name order, each lead's cases by next review.
CREATE INDEX child_case_open_lead_review_idx ON child_case (lead_user_id, next_review_on, id) WHERE status = 'OPEN';
CREATE INDEX user_account_display_name_idx ON user_account (display_name, id);

-- An area's register by next review, deep pages included: the index holds every column the page's rows are chosen
-- with, so skipping to page 100 reads the index alone rather than fetching 5,000 rows to throw away.
DROP INDEX child_case_area_open_idx;
CREATE INDEX child_case_area_open_idx ON child_case (area_id, next_review_on, id)
    INCLUDE (child_id, lead_user_id, band_label, band_rank, last_screened_on, child_protection, opened_on,
             planning_meeting_held_on)
    WHERE status = 'OPEN';
