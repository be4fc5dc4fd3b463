-- Intelligence links may cite a disclosure recorded with the referrals module (its own number, distinct from a
-- disclosure made in a return home interview, which cites the interview), and such disclosures propose links to
-- analysts as the missing module's do (ADR 0014). Links could already cite a referral.
ALTER TABLE intel_link DROP CONSTRAINT intel_link_evidence_kind_check;
ALTER TABLE intel_link ADD CONSTRAINT intel_link_evidence_kind_check
    CHECK (evidence_kind IN ('REPORT', 'MISSING_EPISODE', 'RETURN_INTERVIEW', 'DISCLOSURE', 'REFERRAL', 'REFERRAL_DISCLOSURE'));
ALTER TABLE intel_link_proposal DROP CONSTRAINT intel_link_proposal_evidence_kind_check;
ALTER TABLE intel_link_proposal ADD CONSTRAINT intel_link_proposal_evidence_kind_check
    CHECK (evidence_kind IN ('MISSING_EPISODE', 'RETURN_INTERVIEW', 'DISCLOSURE', 'REFERRAL_DISCLOSURE'));
COMMENT ON COLUMN intel_link.evidence_id IS
    'The id of the report, missing episode, return interview (for DISCLOSURE: the interview whose disclosure it is), referral, or disclosure recorded with the referrals module (REFERRAL_DISCLOSURE) the link rests on.';
