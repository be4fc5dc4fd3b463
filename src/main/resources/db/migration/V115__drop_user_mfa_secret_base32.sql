-- Every authenticator key is sealed now (V114): the plain column goes.
ALTER TABLE user_mfa DROP COLUMN secret_base32;
ALTER TABLE user_mfa ALTER COLUMN secret_sealed SET NOT NULL;
