-- The audit chain is keyed (ADR 0010): each new entry's hash is an HMAC-SHA256 under a key kept outside the
-- database, so someone who can rewrite the table cannot recompute the hashes after a change. Entries written
-- before this migration stay un-keyed (plain SHA-256) and are still verified; after the first keyed entry an
-- un-keyed one is refused by the verifier.
ALTER TABLE audit_event ADD COLUMN key_id text CHECK (key_id ~ '^[A-Za-z0-9_-]{1,32}$');
COMMENT ON COLUMN audit_event.key_id IS 'Which chain key (by its id in the key file) computed this entry''s HMAC; empty for entries written before the chain was keyed, which carry plain SHA-256.';
COMMENT ON COLUMN audit_event.hash IS 'HMAC-SHA256 (hex) under the chain key named by key_id over this entry''s canonical content and previous_hash; plain SHA-256 where key_id is empty.';
