-- The register in lead professional order (ADR 0008). Ordering by the lead's name meant joining every open case of
-- the area to its lead and sorting them all to show fifty; with a model of exploitation filter it was the register's
-- slowest page. The lead's name is kept on the case, equal to the account's display name, so the page is read from an
-- index in order and stops at its fifty rows.

ALTER TABLE child_case ADD COLUMN lead_name text;
COMMENT ON COLUMN child_case.lead_name IS
    'The lead professional''s display name, kept equal to user_account.display_name by triggers (the register''s lead order).';

UPDATE child_case c SET lead_name = u.display_name FROM user_account u WHERE u.id = c.lead_user_id;
ALTER TABLE child_case ALTER COLUMN lead_name SET NOT NULL;

CREATE FUNCTION child_case_lead_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.lead_name := (SELECT u.display_name FROM user_account u WHERE u.id = NEW.lead_user_id);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION child_case_lead_name() IS 'Sets a case''s lead_name from its lead professional''s account.';
CREATE TRIGGER child_case_lead_name BEFORE INSERT OR UPDATE OF lead_user_id ON child_case
    FOR EACH ROW EXECUTE FUNCTION child_case_lead_name();

CREATE FUNCTION user_account_renamed_lead() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE child_case SET lead_name = NEW.display_name WHERE lead_user_id = NEW.id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION user_account_renamed_lead() IS 'Carries a renamed account''s display name to the cases it leads.';
CREATE TRIGGER user_account_renamed_lead AFTER UPDATE OF display_name ON user_account
    FOR EACH ROW WHEN (OLD.display_name IS DISTINCT FROM NEW.display_name)
    EXECUTE FUNCTION user_account_renamed_lead();

-- An area's register, and the register across areas, in lead order.
CREATE INDEX child_case_area_open_lead_name_idx ON child_case (area_id, lead_name, next_review_on, id)
    WHERE status = 'OPEN';
CREATE INDEX child_case_open_lead_name_idx ON child_case (lead_name, next_review_on, id) WHERE status = 'OPEN';
