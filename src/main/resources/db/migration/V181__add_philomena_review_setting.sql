-- A looked-after child's Philomena profile is kept current (issue 14): after this many months without a new version
-- the lead professional is asked to review it.
ALTER TABLE missing_setting ADD COLUMN philomena_review_months integer NOT NULL DEFAULT 3
    CHECK (philomena_review_months BETWEEN 1 AND 24);
COMMENT ON COLUMN missing_setting.philomena_review_months IS
    'Months after a Philomena profile was last saved before the lead professional is asked to review it (3: a profile the police rely on when the child goes missing must describe the child as they are now).';
