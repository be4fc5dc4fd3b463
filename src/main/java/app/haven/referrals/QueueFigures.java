package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.Remembered;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The figures at the top of the queue (how many wait for a decision, how many are open, the last twelve months'
 * outcomes), read in one query for the reader's agency and areas. Counting reads every referral in those states, so,
 * like the register's counts, they are shared for five seconds per reader, and forgotten on this node as soon as a
 * referral is sent, decided or closed here.
 */
@Service
class QueueFigures {

    /** The queue's counts and the outcomes of the work closed in the last twelve months. */
    record Figures(int waiting, int working, int caseload, OutcomeFigures outcomes) {}

    static final String SQL = """
            WITH areas AS (SELECT ua.area_id FROM user_area ua WHERE ua.user_id = :user),
                 closed AS (SELECT q.outcome FROM referral q WHERE q.to_agency_id = :agency
                               AND q.status = 'CLOSED' AND q.closed_at >= CAST(:since AS date)
                               AND q.outcome IS NOT NULL AND q.area_id IN (SELECT area_id FROM areas))
            SELECT (SELECT count(*) FROM referral q WHERE q.to_agency_id = :agency AND q.status = 'SENT'
                       AND q.area_id IN (SELECT area_id FROM areas)),
                   (SELECT count(*) FROM referral q WHERE q.to_agency_id = :agency AND q.status = 'ACCEPTED'
                       AND q.area_id IN (SELECT area_id FROM areas)),
                   (SELECT count(*) FROM referral q WHERE q.worker_id = :user AND q.status = 'ACCEPTED'
                       AND q.to_agency_id = :agency AND q.area_id IN (SELECT area_id FROM areas)),
                   count(*), count(*) FILTER (WHERE outcome = 'RISK_REDUCED'),
                   count(*) FILTER (WHERE outcome = 'RISK_UNCHANGED'),
                   count(*) FILTER (WHERE outcome = 'RISK_INCREASED')
              FROM closed
            """;

    private final Map<List<Long>, Remembered<Figures>> remembered = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    QueueFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Figures of(HavenPrincipal user) {
        if (remembered.size() > 10_000) {
            remembered.clear();
        }
        return remembered
                .computeIfAbsent(
                        List.of(user.userId(), user.agencyId()),
                        key -> new Remembered<>(Duration.ofSeconds(5), () -> read(user)))
                .get();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void referralSent(ReferralMade sent) {
        remembered.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void referralMoved(ReferralStepTaken step) {
        remembered.clear();
    }

    private Figures read(HavenPrincipal user) {
        LocalDate since = LocalDate.now(clock.withZone(ReferralDispatch.LONDON)).minusYears(1);
        return jdbc.sql(SQL)
                .param("agency", user.agencyId())
                .param("user", user.userId())
                .param("since", Date.valueOf(since))
                .query((rs, row) -> new Figures(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        new OutcomeFigures(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7))))
                .single();
    }
}
