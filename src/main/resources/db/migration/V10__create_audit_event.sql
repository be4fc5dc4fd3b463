-- The audit log: every view and change of a record, every sign-in and sign-out (domain reference section 8:
-- "every view of a child's record is logged and can be reported"). Append-only: the database itself refuses
-- to change or remove an entry, and each entry carries a SHA-256 hash over its content and the previous
-- entry's hash, so even a superuser who bypasses the triggers leaves a broken link that verification finds.
CREATE TABLE audit_event (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    -- No foreign keys: an entry must never fail to be written, or later become unreadable, because of
    -- another module's table.
    user_id         bigint,
    agency_id       bigint,
    action          text        NOT NULL CHECK (action IN ('view', 'create', 'update', 'delete', 'export', 'print',
                                                           'share', 'break-glass', 'sign-in', 'failed-sign-in',
                                                           'sign-out')),
    subject_type    text        NOT NULL CHECK (subject_type ~ '^[a-z][a-z0-9_-]{0,59}$'),
    subject_id      bigint,
    child_id        bigint,
    reason          text        CHECK (length(reason) <= 2000),
    request_id      text        CHECK (length(request_id) <= 64),
    client_address  text        CHECK (length(client_address) <= 64),
    previous_hash   text        NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash            text        NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);
COMMENT ON TABLE audit_event IS
    'Append-only, hash-chained log of who viewed or changed what, when and why. UPDATE, DELETE and TRUNCATE are refused by triggers; never edit or remove an entry.';
COMMENT ON COLUMN audit_event.user_id IS 'Personal data: the user who acted (user_account.id); empty only for a failed sign-in with an unknown e-mail address, which is never stored.';
COMMENT ON COLUMN audit_event.agency_id IS 'The agency the user acted for at the time (agency.id).';
COMMENT ON COLUMN audit_event.action IS 'What was done: view, create, update, delete, export, print, share, break-glass, sign-in, failed-sign-in, sign-out.';
COMMENT ON COLUMN audit_event.subject_type IS 'The kind of record acted on, e.g. child, screening, user_account, record-access.';
COMMENT ON COLUMN audit_event.child_id IS 'Sensitive: the child whose record this concerns, if any; reveals that a child is known to the partnership.';
COMMENT ON COLUMN audit_event.reason IS 'Sensitive: why, in the user''s words (required for break-glass) or a short description of a change; may name a child''s circumstances.';
COMMENT ON COLUMN audit_event.request_id IS 'The request id also written to the application log, to join the two.';
COMMENT ON COLUMN audit_event.client_address IS 'Personal data: the IP address the request came from.';
COMMENT ON COLUMN audit_event.previous_hash IS 'The hash of the entry before this one (64 zeros for the first), linking the chain.';
COMMENT ON COLUMN audit_event.hash IS 'SHA-256 (hex) over this entry''s canonical content and previous_hash.';

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
COMMENT ON FUNCTION audit_event_refuse_change() IS 'Keeps the audit log append-only: raised by UPDATE, DELETE and TRUNCATE triggers on audit_event.';

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

-- The searches: the admin audit search (newest first, by user, action or date) and "who has seen this record".
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_user_idx ON audit_event (user_id, occurred_at DESC) WHERE user_id IS NOT NULL;
CREATE INDEX audit_event_child_idx ON audit_event (child_id, occurred_at DESC) WHERE child_id IS NOT NULL;
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC);
