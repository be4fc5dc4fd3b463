-- A redirected referral goes on to the agency it was redirected to as a new referral (ADR 0012): it carries what the
-- first one shared and names the referral it came from. One referral is redirected at most once.
ALTER TABLE referral ADD COLUMN redirected_from_id bigint REFERENCES referral (id);
CREATE UNIQUE INDEX referral_redirected_from_idx ON referral (redirected_from_id) WHERE redirected_from_id IS NOT NULL;
COMMENT ON COLUMN referral.redirected_from_id IS
    'The referral this one was made from when its receiving agency redirected it here; the referrer stays the first referrer.';
