-- Authenticator keys are sealed (AES-256-GCM) under a key kept outside the database (issue 11, MfaSecrets).
-- V114, a Java migration, seals the keys stored before; V115 drops the plain column.
ALTER TABLE user_mfa ADD COLUMN secret_sealed text;
ALTER TABLE user_mfa ALTER COLUMN secret_base32 DROP NOT NULL;
COMMENT ON COLUMN user_mfa.secret_sealed IS
    'Secret: the TOTP shared key, sealed with AES-256-GCM under the MFA key file (HAVEN_MFA_KEY_FILE) as <key id>:<base64 of IV and ciphertext>. Useless without that file.';
