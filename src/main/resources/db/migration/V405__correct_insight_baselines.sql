-- Insight (issue 19, ADR 0020). Baselines can be corrected: an analyst who finds a baseline figure wrong changes its
-- figure and source, says why, and the figure and source it replaced are kept here, so the baselines page shows what
-- each was before and who corrected it (the correction is also audited). A save made from an out-of-date page is
-- refused by the baseline's version.
CREATE TABLE insight_baseline_correction (
    id                 bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    baseline_id        bigint        NOT NULL REFERENCES insight_baseline (id),
    was_count          bigint,
    was_share_percent  numeric(4, 1),
    was_source         text          NOT NULL,
    reason             text          NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    corrected_by       bigint        NOT NULL REFERENCES user_account (id),
    corrected_at       timestamptz   NOT NULL,
    CHECK ((was_count IS NULL) <> (was_share_percent IS NULL))
);
COMMENT ON TABLE insight_baseline_correction IS
    'A correction of a baseline figure: the figure (a count or a percentage) and source it replaced, why it was corrected, by whom and when. The baseline row holds the figure as corrected. Aggregate figures only.';
CREATE INDEX insight_baseline_correction_baseline_idx ON insight_baseline_correction (baseline_id, corrected_at);

-- Figures are kept per period and counted again whenever a write touches them (V380): they are always current, so
-- how long to keep them is no longer a setting, and the column has not been read since.
ALTER TABLE insight_setting DROP COLUMN figures_keep_minutes;
COMMENT ON TABLE insight_setting IS
    'The partnership''s disclosure control: counts from 1 to suppress_up_to shown as "c", totals rounded to the nearest round_totals_to (official statistics use 5 and 10).';
