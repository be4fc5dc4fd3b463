package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The receiving agency's queue (referrals awaiting its decision, soonest due first, and those it is working on) and a
 * worker's caseload, a page at a time. One statement chooses the page's referrals (the queue's two lists at once),
 * then joins their rows: for each of the
 * reader's areas it walks the partial index of that state in the page's order and stops at the page's end, so a
 * page reads about as many index entries as it shows however long the queue (scope is the reader's agency and areas,
 * inside the SQL). The state is written into the SQL, never bound, so every plan can use the partial index.
 */
@Repository
class ReferralQueue {

    static final int PAGE = 50;

    /**
     * The figures (one row, {@link QueueFigures#SQL}) and the chosen referrals' rows beside them, in one statement; a
     * list with no rows still returns the figures. Sessions are counted only for accepted work ({@code list} other than
     * waiting): a referral waiting for a decision has none, and the condition on the outer row lets PostgreSQL skip the
     * look-up.
     */
    private static final String ROWS = """
            SELECT f.*, x.* FROM figures f LEFT JOIN (
              SELECT c.list, c.position, r.id, r.urgency, r.status, r.decision_due_on, fa.name AS from_agency,
                     w.display_name AS worker,
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
                                     FROM direct_work_session d
                                    WHERE c.list <> 'waiting' AND d.referral_id = r.id) s ON true) x ON true
             ORDER BY x.list, x.position
            """;

    /** Per area, the first referrals of the page's order (up to the page's end), then the page across the areas. */
    private static final String CHOSEN = """
            (SELECT '%7$s' AS list, p.id, row_number() OVER (ORDER BY %3$s) AS position
                FROM user_area ua
                CROSS JOIN LATERAL (SELECT q.id, q.decision_due_on FROM referral q
                                     WHERE q.to_agency_id = :agency AND q.area_id = ua.area_id AND %2$s
                                     ORDER BY %1$s LIMIT %4$d) p
               WHERE ua.user_id = :user
               ORDER BY %3$s OFFSET %5$d LIMIT %6$d)
            """;

    static final String DUE_FIRST = "q.decision_due_on, q.id";
    static final String NEWEST_FIRST = "q.id DESC";

    /**
     * The figures. Each reason's label is looked up by its code ({@code referral_reason}'s key) for the row: reading the
     * catalogue once into a materialised CTE saved those probes' buffers, but PostgreSQL then built a hash table of the
     * row's reasons for every row (a hash join per row), which cost more than twice the rest of the queue's statement.
     */
    private static final String FIGURES = "WITH figures AS (" + QueueFigures.SQL + "),";

    /** The queue as shown: its figures, a page of each list, and which pages they are. */
    record Queue(
            QueueFigures.Figures figures,
            List<QueueRow> waiting,
            List<QueueRow> working,
            int waitingPage,
            int workingPage) {}

    /** A worker's caseload as shown: the figures, a page of it, and which page. */
    record Caseload(QueueFigures.Figures figures, List<QueueRow> rows, int page) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * In one statement, the figures and the referrals to the user's agency in the user's areas waiting for its
     * decision (soonest due first) and those it accepted and is working on (newest first), a page of each. A page past
     * the end of its list (typed, or the list shrank) shows the last page, read again.
     */
    Queue queue(HavenPrincipal user, int waitingPage, int workingPage) {
        Read read = read(queueSql(waitingPage, workingPage), user);
        int waiting = within(waitingPage, read.figures().waiting());
        int working = within(workingPage, read.figures().working());
        if (waiting != Math.max(1, waitingPage) || working != Math.max(1, workingPage)) {
            read = read(queueSql(waiting, working), user);
        }
        return new Queue(read.figures(), read.only("waiting"), read.only("working"), waiting, working);
    }

    /** The worker's caseload: the accepted referrals they work for their agency in their areas, newest first. */
    Caseload caseload(HavenPrincipal user, int page) {
        Read read = read(caseloadSql(page), user);
        int shown = within(page, read.figures().caseload());
        if (shown != Math.max(1, page)) {
            read = read(caseloadSql(shown), user);
        }
        return new Caseload(read.figures(), read.only("caseload"), shown);
    }

    /** How many pages a list of that many referrals fills (at least one). */
    static int pages(int count) {
        return Math.max(1, (count + PAGE - 1) / PAGE);
    }

    /** The page asked for, kept between the first and the last. */
    static int within(int page, int count) {
        return Math.min(Math.max(1, page), pages(count));
    }

    /** The queue's statement for these pages ({@code :agency}, {@code :user}, {@code :since}). */
    static String queueSql(int waitingPage, int workingPage) {
        return FIGURES + " chosen AS ("
                + chosen("waiting", DUE_FIRST, "q.status = 'SENT'", waitingPage) + " UNION ALL "
                + chosen("working", NEWEST_FIRST, "q.status = 'ACCEPTED'", workingPage) + ")" + ROWS;
    }

    /** The caseload's statement for this page ({@code :agency}, {@code :user}, {@code :since}). */
    static String caseloadSql(int page) {
        return FIGURES + " chosen AS ("
                + chosen("caseload", NEWEST_FIRST, "q.status = 'ACCEPTED' AND q.worker_id = :user", page) + ")"
                + ROWS;
    }

    /**
     * One list's page of referrals in this order and condition. The page's bounds are numbers in the SQL, not
     * parameters: PostgreSQL then keeps one plan per page for the connection, where a bound limit is costed as if a
     * tenth of the queue were read and planned afresh each time. The same order is used inside each area's walk
     * ({@code q}) and across the areas' rows ({@code p}).
     */
    private static String chosen(String list, String order, String condition, int page) {
        int skip = (Math.max(1, page) - 1) * PAGE;
        return CHOSEN.formatted(order, condition, order.replace("q.", "p."), skip + PAGE, skip, PAGE, list);
    }

    private record Listed(String list, QueueRow row) {}

    private record Read(QueueFigures.Figures figures, List<Listed> rows) {

        List<QueueRow> only(String list) {
            return rows.stream()
                    .filter(r -> r.list().equals(list))
                    .map(Listed::row)
                    .toList();
        }
    }

    private Read read(String sql, HavenPrincipal user) {
        return jdbc.sql(sql)
                .param("agency", user.agencyId())
                .param("user", user.userId())
                .param("since", QueueFigures.since(clock))
                .query((ResultSetExtractor<Read>) rs -> {
                    QueueFigures.Figures figures = null;
                    List<Listed> rows = new ArrayList<>();
                    LocalDate today = LocalDate.now(clock.withZone(ReferralDispatch.LONDON));
                    while (rs.next()) {
                        if (figures == null) {
                            figures = QueueFigures.read(rs);
                        }
                        if (rs.getObject("id") != null) {
                            rows.add(new Listed(rs.getString("list"), row(rs, today)));
                        }
                    }
                    return new Read(figures, rows);
                });
    }

    /** One row; dates are read as {@code LocalDate} directly (through {@code java.sql.Date} costs a calendar each). */
    private static QueueRow row(ResultSet rs, LocalDate today) throws SQLException {
        Optional<LocalDate> due = Optional.ofNullable(rs.getObject("decision_due_on", LocalDate.class));
        ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
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
                Optional.ofNullable(rs.getObject("last_session", LocalDate.class)),
                status == ReferralStatus.SENT && due.map(today::isAfter).orElse(false));
    }
}
