-- Professional override of a screening's band (screening issue). Raising applies at once; lowering below the
-- computed band waits for a manager's approval (domain reference section 3).
CREATE TABLE screening_override (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    screening_id   bigint      NOT NULL REFERENCES screening (id),
    band_code      text        NOT NULL,
    band_label     text        NOT NULL,
    band_rank      integer     NOT NULL,
    reason         text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    requested_by   bigint      NOT NULL REFERENCES user_account (id),
    requested_at   timestamptz NOT NULL,
    status         text        NOT NULL CHECK (status IN ('APPLIED', 'PENDING', 'APPROVED', 'REJECTED')),
    decided_by     bigint      REFERENCES user_account (id),
    decided_at     timestamptz,
    decision_note  text        CHECK (length(decision_note) <= 1000),
    CHECK ((status IN ('APPROVED', 'REJECTED')) = (decided_by IS NOT NULL))
);
COMMENT ON TABLE screening_override IS
    'A practitioner''s professional judgement moving a screening''s band, with the reason; a lower band needs a manager''s approval.';
COMMENT ON COLUMN screening_override.reason IS 'Sensitive: why the practitioner judges the band differently.';
CREATE INDEX screening_override_screening_idx ON screening_override (screening_id, requested_at DESC);
CREATE INDEX screening_override_pending_idx ON screening_override (requested_at) WHERE status = 'PENDING';
CREATE UNIQUE INDEX screening_override_one_pending_idx ON screening_override (screening_id) WHERE status = 'PENDING';
