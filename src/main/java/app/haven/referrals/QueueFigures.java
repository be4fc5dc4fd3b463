package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures at the top of the queue and the caseload (how many wait for a decision, how many are open, how many are
 * the reader's, the last twelve months' outcomes) for the reader's agency and areas, read on every request from the
 * tallies the database keeps with each write to a referral (V370): a few rows per agency and area however many
 * referrals there are, so the figures are never stale and never count referrals one by one.
 */
@Service
class QueueFigures {

    /** The queue's counts and the outcomes of the work closed in the last twelve months. */
    record Figures(int waiting, int working, int caseload, OutcomeFigures outcomes) {}

    /** Scope inside the SQL: the reader's agency, in the reader's areas. */
    static final String SQL = """
            WITH areas AS (SELECT ua.area_id FROM user_area ua WHERE ua.user_id = :user),
                 open AS (SELECT t.status, t.worker_id, t.referrals FROM referral_tally t
                           WHERE t.to_agency_id = :agency AND t.area_id IN (SELECT area_id FROM areas)),
                 closed AS (SELECT t.outcome, t.referrals FROM referral_outcome_tally t
                             WHERE t.to_agency_id = :agency AND t.area_id IN (SELECT area_id FROM areas)
                               AND t.closed_on >= :since)
            SELECT (SELECT coalesce(sum(referrals), 0) FROM open WHERE status = 'SENT') AS waiting,
                   (SELECT coalesce(sum(referrals), 0) FROM open WHERE status = 'ACCEPTED') AS working,
                   (SELECT coalesce(sum(referrals), 0) FROM open WHERE status = 'ACCEPTED' AND worker_id = :user)
                       AS caseload,
                   coalesce(sum(referrals), 0) AS closed,
                   coalesce(sum(referrals) FILTER (WHERE outcome = 'RISK_REDUCED'), 0) AS reduced,
                   coalesce(sum(referrals) FILTER (WHERE outcome = 'RISK_UNCHANGED'), 0) AS unchanged,
                   coalesce(sum(referrals) FILTER (WHERE outcome = 'RISK_INCREASED'), 0) AS increased
              FROM closed
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    QueueFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The figures alone (the queue and the caseload read them in the statement of their page: ReferralQueue). */
    Figures of(HavenPrincipal user) {
        return jdbc.sql(SQL)
                .param("agency", user.agencyId())
                .param("user", user.userId())
                .param("since", since(clock))
                .query((rs, row) -> read(rs))
                .single();
    }

    /** The first day of the outcomes' twelve months ({@code :since}), in London. */
    static Date since(Clock clock) {
        return Date.valueOf(
                LocalDate.now(clock.withZone(ReferralDispatch.LONDON)).minusYears(1));
    }

    /** The figures from the current row of a result holding {@link #SQL}'s columns first. */
    static Figures read(ResultSet rs) throws SQLException {
        return new Figures(
                rs.getInt(1),
                rs.getInt(2),
                rs.getInt(3),
                new OutcomeFigures(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
    }
}
