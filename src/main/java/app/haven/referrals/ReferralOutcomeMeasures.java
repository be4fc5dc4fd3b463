package app.haven.referrals;

import app.haven.platform.MeasureSource.Measure;
import app.haven.platform.SqlMeasureSource.SqlMeasure;

/** The commissioned service's outcomes: risk at closure and disclosures with the police action that followed. */
final class ReferralOutcomeMeasures {

    private ReferralOutcomeMeasures() {}

    static SqlMeasure closureOutcome() {
        return SqlMeasure.of(
                new Measure(
                        "referrals.closure-outcome",
                        3,
                        "Outcome at closure (commissioned service)",
                        "Young people whose direct work with the commissioned service closed in the period, by the"
                                + " risk at closure.",
                        "young people"),
                """
                SELECT r.area_id, r.id AS counted, r.child_id,
                       CASE r.outcome WHEN 'RISK_REDUCED' THEN 'Risk reduced' WHEN 'RISK_UNCHANGED' THEN 'Risk unchanged'
                            WHEN 'RISK_INCREASED' THEN 'Risk increased' ELSE 'Not recorded' END AS category
                  FROM referral r JOIN agency a ON a.id = r.to_agency_id AND a.kind = 'COMMISSIONED_SERVICE'
                 WHERE r.status = 'CLOSED' AND r.worker_id IS NOT NULL
                   AND r.closed_at >= :from_at AND r.closed_at < :to_at
                """,
                true);
    }

    static SqlMeasure disclosures() {
        return SqlMeasure.of(
                new Measure(
                        "referrals.disclosures",
                        4,
                        "Disclosures and police action",
                        "Disclosures made in the period, by what the police did: their recorded response, awaiting"
                                + " one, or not passed to the police.",
                        "disclosures"),
                """
                SELECT d.area_id, d.id AS counted, d.child_id,
                       CASE WHEN d.passed_to_police_at IS NULL THEN 'Not passed to the police'
                            WHEN d.response_code IS NULL THEN 'Awaiting the police response'
                            ELSE (SELECT k.label FROM police_response_kind k WHERE k.code = d.response_code) END AS category
                  FROM disclosure d
                 WHERE d.disclosed_at >= :from_at AND d.disclosed_at < :to_at
                """,
                true);
    }

    static SqlMeasure disclosuresLeadingToPoliceAction() {
        return SqlMeasure.of(
                new Measure(
                        "referrals.disclosures.by-police-action",
                        4,
                        "Disclosures and police action by whether the police acted",
                        "Disclosures made in the period: police action is any recorded response other than no"
                                + " further action.",
                        "disclosures"),
                """
                SELECT d.area_id, d.id AS counted, d.child_id,
                       CASE WHEN d.response_code IS NULL THEN 'No police response yet'
                            WHEN d.response_code = 'NO_FURTHER_ACTION' THEN 'No further action'
                            ELSE 'Led to police action' END AS category
                  FROM disclosure d
                 WHERE d.disclosed_at >= :from_at AND d.disclosed_at < :to_at
                """,
                true);
    }
}
