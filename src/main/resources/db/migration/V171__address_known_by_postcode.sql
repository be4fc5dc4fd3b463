-- A new child's record may be made knowing only the postcode where they live now (issue 13: the postcode tells a
-- child from namesakes in the duplicate check). Such an address has no lines or town until someone completes it.
ALTER TABLE person_address ALTER COLUMN line1 DROP NOT NULL;
ALTER TABLE person_address ALTER COLUMN town DROP NOT NULL;
ALTER TABLE person_address ADD CONSTRAINT person_address_lines_or_postcode
    CHECK ((line1 IS NOT NULL AND town IS NOT NULL) OR postcode IS NOT NULL);
COMMENT ON COLUMN person_address.town IS 'Personal data. Not recorded when only the postcode is known.';
COMMENT ON COLUMN person_address.line1 IS 'Personal data. Not recorded when only the postcode is known.';
