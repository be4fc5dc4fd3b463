package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.WorkingDays;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sending a referral: its sharing decision goes into the log, the decision falls due after the set working days
 * (Europe/London), everyone who works the receiving agency's referrals in the area is asked to decide, and the
 * chronology hears. The caller audits the change.
 */
@Component
class ReferralDispatch {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final SharingLog sharing;
    private final ReferralSettings settings;
    private final ApplicationEventPublisher events;

    ReferralDispatch(JdbcClient jdbc, SharingLog sharing, ReferralSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.sharing = sharing;
        this.settings = settings;
        this.events = events;
    }

    void send(long id, int version, NewReferral referral, HavenPrincipal user, Instant at) {
        Sent sent = jdbc.sql("SELECT child_id, area_id, to_agency_id FROM referral WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Sent(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
        long decision = sharing.record(
                sent.child(),
                sent.area(),
                new SharingDecision(
                        true,
                        "Referral " + id + ": the child's name and date of birth, the reasons and the concern",
                        java.util.Optional.of(sent.toAgency()),
                        java.util.Optional.empty(),
                        referral.consent().orElseThrow(),
                        referral.lawfulBasis(),
                        referral.sharingReason()),
                user,
                at);
        LocalDate due = WorkingDays.after(
                LocalDate.ofInstant(at, LONDON), settings.current().decisionDays(referral.urgency()));
        int updated = jdbc.sql("""
                        UPDATE referral SET status = 'SENT', sent_at = :now, decision_due_on = :due,
                               sharing_decision_id = :decision, consent = :consent, lawful_basis_code = :basis,
                               sharing_reason = :reason, version = version + 1
                         WHERE id = :id AND status = 'DRAFT' AND version = :version
                        """)
                .param("now", Timestamp.from(at))
                .param("due", Date.valueOf(due))
                .param("decision", decision)
                .param("consent", referral.consent().orElseThrow().name())
                .param("basis", referral.lawfulBasis().orElse(null))
                .param("reason", referral.sharingReason().orElse(null))
                .param("id", id)
                .param("version", version)
                .update();
        if (updated != 1) {
            throw ReferralRefused.changedMeanwhile();
        }
        step(id, "DRAFT", "SENT", null, user, at);
        for (long receiver : receivers(sent)) {
            events.publishEvent(
                    ReferralTask.decide(id, sent.child(), receiver, "URGENT".equals(referral.urgency()), due));
        }
        events.publishEvent(new ReferralMade(
                id,
                sent.child(),
                sent.area(),
                sent.toAgency(),
                agencyName(sent.toAgency()),
                referral.reasons(),
                referral.urgency(),
                referral.consent().orElseThrow(),
                at,
                user.userId(),
                user.agencyId()));
    }

    /** Adds a step to the referral's history. */
    void step(long id, String from, String to, String note, HavenPrincipal user, Instant at) {
        jdbc.sql("""
                        INSERT INTO referral_step (referral_id, from_status, to_status, taken_at, taken_by, agency_id, note)
                        VALUES (:id, :from, :to, :now, :user, :agency, :note)
                        """)
                .param("id", id)
                .param("from", from)
                .param("to", to)
                .param("now", Timestamp.from(at))
                .param("user", user.userId())
                .param("agency", user.agencyId())
                .param("note", note)
                .update();
    }

    /** Everyone enabled who works the receiving agency's referrals in the referral's area. */
    List<Long> receivers(long referral) {
        return receivers(jdbc.sql("SELECT child_id, area_id, to_agency_id FROM referral WHERE id = :id")
                .param("id", referral)
                .query((rs, row) -> new Sent(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single());
    }

    private List<Long> receivers(Sent sent) {
        return jdbc.sql("""
                        SELECT u.id FROM user_account u
                         WHERE u.enabled AND u.agency_id = :agency
                           AND EXISTS (SELECT 1 FROM user_area ua WHERE ua.user_id = u.id AND ua.area_id = :area)
                           AND EXISTS (SELECT 1 FROM user_role r JOIN role_permission rp ON rp.role_code = r.role_code
                                        WHERE r.user_id = u.id AND rp.permission_code = 'RECEIVE_REFERRALS')
                         ORDER BY u.id
                        """)
                .param("agency", sent.toAgency())
                .param("area", sent.area())
                .query(Long.class)
                .list();
    }

    String agencyName(long agency) {
        return jdbc.sql("SELECT name FROM agency WHERE id = :id")
                .param("id", agency)
                .query(String.class)
                .single();
    }

    private record Sent(long child, long area, long toAgency) {}
}
