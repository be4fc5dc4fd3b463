package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The receiving agency's queue (referrals awaiting its decision, soonest due first, and those it is working on) and a
 * worker's caseload. One query chooses the page's referrals from the partial indexes, then joins their rows.
 */
@Repository
class ReferralQueue {

    static final int PAGE = 50;

    private static final String ROWS = """
            SELECT r.id, r.urgency, r.status, r.decision_due_on, fa.name AS from_agency, w.display_name AS worker,
                   (SELECT n.given_names || ' ' || n.family_name FROM person_name n
                     WHERE n.person_id = r.child_id AND n.removed_at IS NULL AND n.name_type IN ('PREFERRED', 'LEGAL')
                     ORDER BY n.name_type = 'PREFERRED' DESC, n.id LIMIT 1) AS child_name,
                   (SELECT string_agg(rr.label, ', ' ORDER BY rr.position) FROM referral_reason_given g
                      JOIN referral_reason rr ON rr.code = g.reason_code WHERE g.referral_id = r.id) AS reasons,
                   s.sessions, s.last_session
              FROM chosen c JOIN referral r ON r.id = c.id
              JOIN agency fa ON fa.id = r.from_agency_id
              LEFT JOIN user_account w ON w.id = r.worker_id
              LEFT JOIN LATERAL (SELECT count(*) AS sessions, max(held_on) AS last_session
                                   FROM direct_work_session d WHERE d.referral_id = r.id) s ON true
             ORDER BY c.position
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Referrals to the user's agency in the user's areas in this state: sent (by due date) or accepted (newest). */
    List<QueueRow> received(HavenPrincipal user, ReferralStatus status) {
        String order = status == ReferralStatus.SENT ? "q.decision_due_on, q.id" : "q.id DESC";
        return rows("""
                        WITH chosen AS (SELECT q.id, row_number() OVER (ORDER BY %s) AS position FROM referral q
                                         WHERE q.to_agency_id = :agency AND q.status = :status
                                           AND q.area_id IN (SELECT ua.area_id FROM user_area ua WHERE ua.user_id = :user)
                                         ORDER BY %s LIMIT :limit)
                        """.formatted(order, order), user)
                .param("agency", user.agencyId())
                .param("status", status.name())
                .query(this::row)
                .list();
    }

    /** How many referrals in that state the user's agency has in the user's areas. */
    int count(HavenPrincipal user, ReferralStatus status) {
        return jdbc.sql("""
                        SELECT count(*) FROM referral q WHERE q.to_agency_id = :agency AND q.status = :status
                           AND q.area_id IN (SELECT ua.area_id FROM user_area ua WHERE ua.user_id = :user)
                        """)
                .param("agency", user.agencyId())
                .param("status", status.name())
                .param("user", user.userId())
                .query(Integer.class)
                .single();
    }

    /** The worker's caseload: the accepted referrals they work, newest first. */
    List<QueueRow> caseload(HavenPrincipal user) {
        return rows("""
                        WITH chosen AS (SELECT q.id, row_number() OVER (ORDER BY q.id DESC) AS position FROM referral q
                                         WHERE q.worker_id = :user AND q.status = 'ACCEPTED'
                                         ORDER BY q.id DESC LIMIT :limit)
                        """, user).query(this::row).list();
    }

    /** The outcomes of the user's agency's direct work in the user's areas closed since that day. */
    OutcomeFigures outcomes(HavenPrincipal user, LocalDate since) {
        return jdbc.sql("""
                        SELECT count(*), count(*) FILTER (WHERE q.outcome = 'RISK_REDUCED'),
                               count(*) FILTER (WHERE q.outcome = 'RISK_UNCHANGED'),
                               count(*) FILTER (WHERE q.outcome = 'RISK_INCREASED')
                          FROM referral q WHERE q.to_agency_id = :agency AND q.status = 'CLOSED' AND q.outcome IS NOT NULL
                           AND q.closed_at >= CAST(:since AS date)
                           AND q.area_id IN (SELECT ua.area_id FROM user_area ua WHERE ua.user_id = :user)
                        """)
                .param("agency", user.agencyId())
                .param("user", user.userId())
                .param("since", Date.valueOf(since))
                .query((rs, row) -> new OutcomeFigures(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    private JdbcClient.StatementSpec rows(String chosen, HavenPrincipal user) {
        return jdbc.sql(chosen + ROWS).param("user", user.userId()).param("limit", PAGE);
    }

    private QueueRow row(ResultSet rs, int row) throws SQLException {
        Optional<LocalDate> due =
                Optional.ofNullable(rs.getDate("decision_due_on")).map(Date::toLocalDate);
        ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
        LocalDate today = LocalDate.now(clock.withZone(ReferralDispatch.LONDON));
        return new QueueRow(
                rs.getLong("id"),
                Optional.ofNullable(rs.getString("child_name")).orElse("Name not recorded"),
                rs.getString("from_agency"),
                Optional.ofNullable(rs.getString("reasons")).orElse(""),
                "URGENT".equals(rs.getString("urgency")),
                status,
                due,
                Optional.ofNullable(rs.getString("worker")),
                rs.getInt("sessions"),
                Optional.ofNullable(rs.getDate("last_session")).map(Date::toLocalDate),
                status == ReferralStatus.SENT && due.map(today::isAfter).orElse(false));
    }
}
