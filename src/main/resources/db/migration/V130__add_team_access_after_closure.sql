-- Team members' record access after a case closes (issue 12): it ends a set number of days after closure (default
-- 28); the lead professional's and the case-holding agency's involvement remain, and "known to" still shows them.
ALTER TABLE case_setting ADD COLUMN team_access_days integer NOT NULL DEFAULT 28
    CHECK (team_access_days BETWEEN 0 AND 365);
COMMENT ON COLUMN case_setting.team_access_days IS
    'Days after a case closes that team members other than the lead professional may still open the child''s record.';

ALTER TABLE child_involvement ADD COLUMN access_until timestamptz;
COMMENT ON COLUMN child_involvement.access_until IS
    'When the involvement stops opening the child''s record (a team member after the case closed); null: while it lasts. The involvement still counts for "known to".';
