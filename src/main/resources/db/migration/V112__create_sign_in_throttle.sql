-- Failed sign-ins are counted per account *and source* (the client's address), so one source that keeps
-- guessing locks only itself out, not the account's owner (issue 11). The account-wide count on user_account
-- now takes at most LockoutPolicy.FAILURES_BEFORE_LOCK failures from each source, so only guessing from
-- several sources locks the account for everyone.
CREATE TABLE sign_in_throttle (
    user_id      bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    source       text        NOT NULL CHECK (length(source) <= 64),
    failures     integer     NOT NULL CHECK (failures >= 0),
    locked_until timestamptz,
    PRIMARY KEY (user_id, source)
);
COMMENT ON TABLE sign_in_throttle IS
    'Consecutive failed sign-ins (wrong password or MFA code) per account and source since the account''s last complete sign-in, and the lock they led to for that source only.';
COMMENT ON COLUMN sign_in_throttle.source IS 'Personal data: the IP address the attempts came from.';
COMMENT ON COLUMN sign_in_throttle.locked_until IS 'Attempts on this account from this source are refused until then.';
