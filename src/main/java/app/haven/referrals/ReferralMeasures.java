package app.haven.referrals;

import app.haven.platform.MeasureSource.Measure;
import app.haven.platform.SqlMeasureSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Referrals' share of the strategy's measures: referrals to the commissioned service (by reason, decision and
 * timeliness), risk reduced at the close of its direct work, and disclosures with the police action that followed.
 */
@Component
class ReferralMeasures extends SqlMeasureSource {

    private static final String SENT_TO_SERVICE = """
             FROM referral r JOIN agency a ON a.id = r.to_agency_id AND a.kind = 'COMMISSIONED_SERVICE'
            WHERE r.sent_at >= :from_at AND r.sent_at < :to_at
            """;

    ReferralMeasures(JdbcClient jdbc) {
        super(
                jdbc,
                List.of(
                        referrals("", "'' AS category", "Referrals sent to the commissioned service in the period."),
                        new SqlMeasure(
                                new Measure(
                                        "referrals.commissioned.by-reason",
                                        3,
                                        "Referrals to the commissioned service by reason",
                                        "Referrals sent in the period, under each reason given: a referral with"
                                                + " several reasons counts under each.",
                                        "referrals"),
                                """
                                SELECT r.area_id, r.id AS counted, r.child_id, rr.label AS category
                                  FROM referral r JOIN agency a ON a.id = r.to_agency_id AND a.kind = 'COMMISSIONED_SERVICE'
                                  JOIN referral_reason_given g ON g.referral_id = r.id
                                  JOIN referral_reason rr ON rr.code = g.reason_code
                                 WHERE r.sent_at >= :from_at AND r.sent_at < :to_at
                                """,
                                true,
                                true),
                        referrals(".by-decision", """
                                CASE WHEN r.decided_at IS NULL THEN 'Awaiting decision'
                                     WHEN r.status = 'DECLINED' THEN 'Declined'
                                     WHEN r.status = 'REDIRECTED' THEN 'Redirected' ELSE 'Accepted' END AS category""", "Referrals sent in the period, by the service's decision."),
                        referrals(
                                ".by-timeliness",
                                """
                                CASE WHEN r.decided_at IS NULL THEN 'Not yet decided'
                                     WHEN CAST(r.decided_at AT TIME ZONE 'Europe/London' AS date) <= r.decision_due_on
                                     THEN 'Decided on time' ELSE 'Decided late' END AS category""",
                                "Referrals sent in the period, by whether the decision was made by its due date."),
                        ReferralOutcomeMeasures.closureOutcome(),
                        ReferralOutcomeMeasures.disclosures(),
                        ReferralOutcomeMeasures.disclosuresLeadingToPoliceAction()));
    }

    private static SqlMeasure referrals(String suffix, String category, String how) {
        return SqlMeasure.of(
                new Measure(
                        "referrals.commissioned" + suffix,
                        3,
                        "Referrals to the commissioned service"
                                + (suffix.isEmpty()
                                        ? ""
                                        : " " + suffix.substring(1).replace('-', ' ')),
                        how,
                        "referrals"),
                "SELECT r.area_id, r.id AS counted, r.child_id, " + category + SENT_TO_SERVICE,
                true);
    }
}
