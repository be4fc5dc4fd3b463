-- Refusals are audited too (issue 11): a page the role does not allow, a record outside the user's scope, a form
-- posted without its token. Only the CHECK changes; no entry is touched.
ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('view', 'create', 'update', 'delete', 'export', 'print', 'share', 'break-glass', 'sign-in',
                      'failed-sign-in', 'sign-out', 'refused'));
COMMENT ON COLUMN audit_event.action IS 'What was done: view, create, update, delete, export, print, share, break-glass, sign-in, failed-sign-in, sign-out, refused (a request Haven turned down: role, record scope or a forged form).';
