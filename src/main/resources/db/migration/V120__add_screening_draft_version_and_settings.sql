-- Screening fixes (issues 11 and 12): who started and who last saved a draft (a stale save is refused by the row's
-- version), discarded drafts kept as such, and the screening settings an administrator can change.
ALTER TABLE screening ADD COLUMN started_by bigint REFERENCES user_account (id);
ALTER TABLE screening ADD COLUMN updated_by bigint REFERENCES user_account (id);
ALTER TABLE screening ADD COLUMN discarded_by bigint REFERENCES user_account (id);
ALTER TABLE screening ADD COLUMN discarded_at timestamptz;
ALTER TABLE screening ADD COLUMN rescreen_on date;
UPDATE screening SET started_by = completed_by, updated_by = completed_by;
ALTER TABLE screening DROP CONSTRAINT screening_status_check;
ALTER TABLE screening ADD CONSTRAINT screening_status_check CHECK (status IN ('DRAFT', 'COMPLETED', 'DISCARDED'));
ALTER TABLE screening DROP CONSTRAINT screening_check;
ALTER TABLE screening ADD CONSTRAINT screening_completed_check
    CHECK (status <> 'COMPLETED' OR (band_code IS NOT NULL AND completed_at IS NOT NULL));
ALTER TABLE screening ADD CONSTRAINT screening_discarded_check
    CHECK ((status = 'DISCARDED') = (discarded_by IS NOT NULL AND discarded_at IS NOT NULL));
COMMENT ON COLUMN screening.started_by IS 'Who started the screening (completed_by is who submitted it; read as completed_by when empty).';
COMMENT ON COLUMN screening.updated_by IS 'Who last saved the draft; named when a colleague''s stale save is refused.';
COMMENT ON COLUMN screening.version IS 'Raised by every save: a save from an older version is shown as a conflict, never written.';
COMMENT ON COLUMN screening.rescreen_on IS 'When the child should be screened again: the band''s interval, sooner after a child protection trigger or "not known" answers.';
COMMENT ON COLUMN screening.discarded_by IS 'Who discarded the draft; a discarded draft is kept for the audit but shown nowhere.';

CREATE TABLE screening_setting (
    id                              boolean PRIMARY KEY DEFAULT true CHECK (id),
    strategy_discussion_working_days integer NOT NULL DEFAULT 1 CHECK (strategy_discussion_working_days BETWEEN 0 AND 10),
    trigger_rescreen_weeks          integer NOT NULL DEFAULT 4 CHECK (trigger_rescreen_weeks BETWEEN 1 AND 52),
    not_known_rescreen_weeks        integer NOT NULL DEFAULT 4 CHECK (not_known_rescreen_weeks BETWEEN 1 AND 52),
    version                         integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE screening_setting IS
    'The partnership''s screening settings: working days (Europe/London, weekends skipped) within which a strategy discussion is due after a child protection trigger (1 = next working day), and the longest wait before re-screening after a trigger or "not known" answers.';
INSERT INTO screening_setting DEFAULT VALUES;
