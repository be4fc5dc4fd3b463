package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commissioned service's direct work sessions on an accepted referral. */
@Service
class DirectWork {

    private final JdbcClient jdbc;
    private final ReferralCatalogues catalogues;
    private final AuditLog audit;
    private final Clock clock;

    DirectWork(JdbcClient jdbc, ReferralCatalogues catalogues, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user may record sessions on this referral: its receiving agency's worker while it is accepted. */
    static boolean mayRecord(ReferralView referral, HavenPrincipal user) {
        return referral.status() == ReferralStatus.ACCEPTED
                && user.agencyId() == referral.toAgencyId()
                && ReferralScope.may(user, "DIRECT_WORK");
    }

    @Transactional
    long record(ReferralView referral, SessionForm.NewSession session, HavenPrincipal user) {
        if (referral.status() != ReferralStatus.ACCEPTED) {
            throw ReferralRefused.because("", "Sessions are recorded while the referral is accepted and open.");
        }
        if (!catalogues.allInUse("session_topic", session.topics())) {
            throw ReferralRefused.because("topics", "Select topics from the list");
        }
        long id = jdbc.sql("""
                        INSERT INTO direct_work_session (referral_id, worker_id, held_on, duration_minutes, place,
                               engagement, child_words, recorded_at)
                        VALUES (:referral, :worker, :on, :minutes, :place, :engagement, :words, :now) RETURNING id
                        """)
                .param("referral", referral.id())
                .param("worker", user.userId())
                .param("on", Date.valueOf(session.heldOn()))
                .param("minutes", session.minutes())
                .param("place", session.place())
                .param("engagement", session.engagement())
                .param("words", session.childWords().orElse(null))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (String topic : session.topics()) {
            jdbc.sql("INSERT INTO direct_work_session_topic (session_id, topic_code) VALUES (:id, :code)")
                    .param("id", id)
                    .param("code", topic)
                    .update();
        }
        audit.record(AuditAction.CREATE, "direct-work-session", id, Optional.of(referral.childId()), Optional.empty());
        return id;
    }

    List<SessionView> sessions(long referral) {
        return jdbc.sql("""
                        SELECT s.id, s.held_on, s.duration_minutes, s.place, s.engagement, s.child_words, u.display_name,
                               ARRAY(SELECT t.label FROM direct_work_session_topic st JOIN session_topic t ON t.code = st.topic_code
                                      WHERE st.session_id = s.id ORDER BY t.position) AS topics
                          FROM direct_work_session s JOIN user_account u ON u.id = s.worker_id
                         WHERE s.referral_id = :referral ORDER BY s.held_on DESC, s.id DESC
                        """)
                .param("referral", referral)
                .query((rs, row) -> new SessionView(
                        rs.getLong("id"),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getInt("duration_minutes"),
                        rs.getString("place"),
                        List.of((String[]) rs.getArray("topics").getArray()),
                        rs.getString("engagement"),
                        Optional.ofNullable(rs.getString("child_words")),
                        rs.getString("display_name")))
                .list();
    }
}
