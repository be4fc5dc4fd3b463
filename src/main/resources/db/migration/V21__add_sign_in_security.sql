-- Lockout (counted in the database so every app node sees the same count) and the must-change flag.
ALTER TABLE user_account
    ADD COLUMN failed_sign_ins      integer     NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    ADD COLUMN locked_until         timestamptz,
    ADD COLUMN password_must_change boolean     NOT NULL DEFAULT false;
COMMENT ON COLUMN user_account.failed_sign_ins IS
    'Consecutive failed sign-ins (wrong password or MFA code) since the last successful one.';
COMMENT ON COLUMN user_account.locked_until IS
    'Sign-in is refused until then: 1 minute after the 5th consecutive failure, doubling per further failure, at most 1 hour.';
COMMENT ON COLUMN user_account.password_must_change IS
    'The user must choose a new password before anything else, e.g. after an administrator set a temporary one.';

CREATE TABLE user_mfa (
    user_id         bigint      PRIMARY KEY REFERENCES user_account (id),
    secret_base32   text        NOT NULL,
    enrolled_at     timestamptz NOT NULL,
    last_used_step  bigint      NOT NULL DEFAULT 0
);
COMMENT ON TABLE user_mfa IS 'A user''s enrolled authenticator app (TOTP, RFC 6238). No row: not enrolled.';
COMMENT ON COLUMN user_mfa.secret_base32 IS
    'Secret: the TOTP shared key (Base32). Shown once at enrolment; never logged, shown again or exported.';
COMMENT ON COLUMN user_mfa.last_used_step IS
    'The 30-second time step of the last accepted code, so a code cannot be used twice (RFC 6238 section 5.2).';

CREATE TABLE user_recovery_code (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES user_account (id),
    code_hash   text        NOT NULL,
    used_at     timestamptz
);
COMMENT ON TABLE user_recovery_code IS 'One-use codes for signing in without the authenticator app; 10 made at each enrolment.';
COMMENT ON COLUMN user_recovery_code.code_hash IS
    'Secret: SHA-256 of the code (codes are 50 random bits, so a slow hash adds nothing); never the code.';
CREATE INDEX user_recovery_code_user_idx ON user_recovery_code (user_id);
