-- Haven runs as a least-privilege role (ADR 0010): not a superuser, not the owner of any table. These
-- migrations run as the owner role and grant the application's role (the Flyway placeholder app_role) what
-- it needs: reading and writing the ordinary tables, and on the audit log only adding and reading entries.
-- Tables and sequences the owner creates later get the same grants by default; a later append-only table
-- must revoke UPDATE and DELETE as this one does for audit_event. Where the application and the owner are
-- one role (an external database without HAVEN_DB_OWNER_USER), there is nothing to grant.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user THEN
        RAISE NOTICE 'the application runs as the owner role %; no privileges granted', app;
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    -- The audit log: append and read, never change, remove or empty; its id sequence cannot be reset.
    EXECUTE format('REVOKE ALL ON audit_event FROM %I', app);
    EXECUTE format('GRANT SELECT, INSERT ON audit_event TO %I', app);
    EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %I', pg_get_serial_sequence('audit_event', 'id'), app);
    EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO %I', pg_get_serial_sequence('audit_event', 'id'), app);
    -- The migrations' own history is the owner's business.
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', app);
END
$$;
