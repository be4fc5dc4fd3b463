package app.haven.intelligence;

import app.haven.identity.ChildAccess;
import app.haven.platform.HavenPrincipal;
import app.haven.referrals.ReferralEvidence;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a link may cite: a report the user may read, or a missing episode, return interview, disclosure (in an
 * interview or recorded with a referral's work) or referral of a child the user may open. Anything else, or anything
 * outside the user's scope, is refused with the same words, so a refusal does not tell whether the evidence exists.
 */
@Component
class LinkEvidence {

    private final JdbcClient jdbc;
    private final Reports reports;
    private final ChildAccess childAccess;
    private final ReferralEvidence referrals;

    LinkEvidence(JdbcClient jdbc, Reports reports, ChildAccess childAccess, ReferralEvidence referrals) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.childAccess = childAccess;
        this.referrals = referrals;
    }

    /** The evidence's grading when it is a report; refuses evidence the user may not see. */
    Optional<Grading> check(NewLink.Evidence evidence, HavenPrincipal user) {
        String missing = "The evidence cited does not exist or is outside your record scope";
        return switch (evidence.kind()) {
            case NewLink.Evidence.REPORT ->
                Optional.of(
                        reports.grading(evidence.id(), user).orElseThrow(() -> new LinkRefused("evidence", missing)));
            case NewLink.Evidence.EPISODE -> {
                requireChildVisible(
                        "SELECT child_id FROM missing_episode WHERE id = :id", evidence.id(), user, missing);
                yield Optional.empty();
            }
            case NewLink.Evidence.INTERVIEW, NewLink.Evidence.DISCLOSURE -> {
                String interview =
                        "SELECT e.child_id FROM return_interview r JOIN missing_episode e ON e.id = r.episode_id"
                                + " WHERE r.id = :id";
                boolean disclosure = evidence.kind().equals(NewLink.Evidence.DISCLOSURE);
                requireChildVisible(
                        disclosure ? interview + " AND r.disclosure_made" : interview, evidence.id(), user, missing);
                yield Optional.empty();
            }
            case NewLink.Evidence.REFERRAL -> {
                requireChildVisible(referrals.childOfReferral(evidence.id()), user, missing);
                yield Optional.empty();
            }
            case NewLink.Evidence.RECORDED_DISCLOSURE -> {
                requireChildVisible(referrals.childOfDisclosure(evidence.id()), user, missing);
                yield Optional.empty();
            }
            default -> throw new LinkRefused("evidence", "Choose the evidence the link rests on");
        };
    }

    private void requireChildVisible(String sql, long id, HavenPrincipal user, String message) {
        requireChildVisible(jdbc.sql(sql).param("id", id).query(Long.class).optional(), user, message);
    }

    private void requireChildVisible(Optional<Long> child, HavenPrincipal user, String message) {
        if (child.isEmpty() || !childAccess.canOpen(user, child.get())) {
            throw new LinkRefused("evidence", message);
        }
    }
}
