package app.haven.insight;

import app.haven.bench.Report;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ten years of records for the insight benchmark, seeded in set-based SQL (as the other benchmarks seed theirs): children
 * with a case each, opened evenly over the ten financial years before this one's end and two in three closed; missing
 * episodes before each case (none overlapping), four in five with an interview; referrals to the commissioned service
 * and disclosures spread over the same years. Area {@code g % areas}.
 */
final class InsightPopulation {

    /** An area, the agency its children are known to, and the user recorded as doing everything. */
    record Area(long areaId, long agencyId, long userId) {}

    private InsightPopulation() {}

    static void load(
            DataSource dataSource,
            List<Area> areas,
            long service,
            int cases,
            int episodes,
            int referrals,
            int disclosures)
            throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = timed(connection.createStatement())) {
            connection.setAutoCommit(true);
            sql.execute("CREATE TEMP TABLE bench_area (idx integer PRIMARY KEY, area_id bigint, agency_id bigint,"
                    + " user_id bigint)");
            for (int i = 0; i < areas.size(); i++) {
                Area a = areas.get(i);
                sql.execute("INSERT INTO bench_area VALUES (" + i + ", " + a.areaId() + ", " + a.agencyId() + ", "
                        + a.userId() + ")");
            }
            long person = max(sql, "person");
            String rows = " FROM generate_series(1, " + cases + ") g JOIN bench_area a ON a.idx = g % " + areas.size();
            // Opened on day (g * 3650 / cases) of the ten years ending yesterday.
            String opened = "(current_date - 3651 + (g::bigint * 3650 / " + cases + ")::int)";
            sql.execute("CREATE TEMP TABLE bench_child AS SELECT g, " + person + " + g AS child_id, a.area_id,"
                    + " a.agency_id, a.user_id, " + opened + " AS opened" + rows);
            sql.execute("INSERT INTO person (id, kind, date_of_birth, sex, send_status, looked_after_status, area_id,"
                    + " created_at) OVERRIDING SYSTEM VALUE SELECT child_id, 'CHILD', opened - 3650 - (g * 7919) % 2555,"
                    + " CASE g % 3 WHEN 0 THEN 'MALE' ELSE 'FEMALE' END,"
                    + " (ARRAY['NONE','SEN_SUPPORT','EHC_PLAN','NOT_KNOWN'])[g % 4 + 1],"
                    + " (ARRAY['NOT_LOOKED_AFTER','LOOKED_AFTER','CARE_LEAVER'])[g % 3 + 1], area_id, now()"
                    + " FROM bench_child");
            sql.execute("SELECT setval(pg_get_serial_sequence('person', 'id'), (SELECT max(id) FROM person))");
            sql.execute("INSERT INTO child_involvement (child_id, area_id, agency_id, started_at)"
                    + " SELECT child_id, area_id, agency_id, now() FROM bench_child");
            sql.execute("""
                    INSERT INTO child_case (child_id, area_id, status, opened_on, opened_at, opened_by, opening_reason,
                           lead_user_id, band_label, band_rank, next_review_on, planning_meeting_due_on,
                           planning_meeting_held_on, closed_on)
                    SELECT child_id, area_id, CASE WHEN c.closed IS NULL THEN 'OPEN' ELSE 'CLOSED' END, opened,
                           opened::timestamptz, user_id, 'Benchmark: seeded case', user_id,
                           (ARRAY['Low', 'Medium', 'High'])[g % 3 + 1], g % 3 + 1, opened + 42, opened + 10,
                           CASE WHEN g % 6 <> 0 THEN opened + 7 END, c.closed
                      FROM bench_child
                      CROSS JOIN LATERAL (SELECT CASE WHEN g % 3 <> 0 AND opened + 30 + g % 300 < current_date
                                                  THEN opened + 30 + g % 300 END AS closed) c
                    """);
            int perChild = Math.max(1, episodes / cases);
            sql.execute("""
                    INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                           ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by, recorded_at,
                           return_recorded_by, return_recorded_at)
                    SELECT child_id, area_id, CASE j %% 2 WHEN 0 THEN 'MISSING' ELSE 'AWAY' END, 'Seeded carer', s.at,
                           s.at, s.at + interval '20 hours', 'MEDIUM', 'Seeded grading', 'Seeded officer', true,
                           user_id, s.at, user_id, s.at + interval '20 hours'
                      FROM bench_child CROSS JOIN generate_series(0, %d - 1) j
                      CROSS JOIN LATERAL (SELECT (opened - j * 9 - 1)::timestamptz + interval '20 hours' AS at) s
                    """.formatted(perChild));
            sql.execute("""
                    INSERT INTO return_interview (episode_id, outcome, offered_at, held_at, conducted_by,
                           conducted_agency_id, recorded_at)
                    SELECT e.id, 'COMPLETED', e.ended_at + interval '6 hours', e.ended_at + interval '30 hours',
                           e.recorded_by, (SELECT agency_id FROM user_account WHERE id = e.recorded_by),
                           e.ended_at + interval '30 hours'
                      FROM missing_episode e WHERE e.id % 5 <> 0
                    """);
            referrals(sql, service, cases, referrals);
            disclosures(sql, cases, disclosures);
            for (String table : List.of(
                    "person",
                    "child_case",
                    "missing_episode",
                    "return_interview",
                    "referral",
                    "referral_reason_given",
                    "disclosure",
                    "child_involvement")) {
                sql.execute("VACUUM ANALYZE " + table);
            }
            sql.execute("CHECKPOINT");
        }
    }

    private static void referrals(Statement sql, long service, int cases, int referrals) throws Exception {
        sql.execute("""
                INSERT INTO sharing_decision (child_id, area_id, shared, what, with_agency_id, consent, decided_by,
                       decided_agency_id, decided_at)
                SELECT child_id, area_id, true, 'Benchmark referral', %d, 'GIVEN', user_id, agency_id, now()
                  FROM bench_child WHERE g = 1
                """.formatted(service));
        sql.execute("""
                INSERT INTO referral (child_id, area_id, from_agency_id, from_user_id, to_agency_id, urgency, concern,
                       consent, sharing_decision_id, status, created_at, sent_at, decision_due_on, decided_at,
                       decided_by, worker_id, outcome, closed_at, closed_by)
                SELECT c.child_id, c.area_id, c.agency_id, c.user_id, %d, 'ROUTINE', 'Benchmark concern', 'GIVEN',
                       (SELECT max(id) FROM sharing_decision), 'CLOSED', s.at, s.at, CAST(s.at AS date) + 1,
                       s.at + interval '20 hours', c.user_id, c.user_id,
                       (ARRAY['RISK_REDUCED','RISK_REDUCED','RISK_REDUCED','RISK_UNCHANGED'])[r %% 4 + 1],
                       s.at + interval '90 days', c.user_id
                  FROM generate_series(1, %d) r
                  JOIN bench_child c ON c.g = 1 + (r::bigint * 7919) %% %d
                  CROSS JOIN LATERAL (SELECT c.opened::timestamptz + interval '12 hours' + (r %% 5) * interval '1 day'
                                      AS at) s
                """.formatted(service, referrals, cases));
        sql.execute("""
                INSERT INTO referral_reason_given (referral_id, reason_code)
                SELECT r.id, (ARRAY['ONLINE_GROOMING','MISSING','CSE_CONCERN'])[r.id % 3 + 1]
                  FROM referral r WHERE r.concern = 'Benchmark concern'
                """);
    }

    private static void disclosures(Statement sql, int cases, int disclosures) throws Exception {
        sql.execute("""
                INSERT INTO disclosure (child_id, area_id, disclosed_by, disclosed_to, disclosed_at, words, verbatim,
                       about_description, kind_code, recorded_by, recorded_agency_id, recorded_at)
                SELECT c.child_id, c.area_id, 'Child', 'Worker', s.at, 'Benchmark words', true, 'An adult',
                       'SEXUAL_EXPLOITATION', c.user_id, c.agency_id, s.at
                  FROM generate_series(1, %d) d
                  JOIN bench_child c ON c.g = 1 + (d::bigint * 104729) %% %d
                  CROSS JOIN LATERAL (SELECT c.opened::timestamptz + interval '15 hours' AS at) s
                """.formatted(disclosures, cases));
    }

    /** A case opened and a missing episode begun on the day given, for a new child of the area (a back-dated record). */
    static void laterCaseAndEpisode(JdbcClient jdbc, Area area, LocalDate day) {
        long child = jdbc.sql("INSERT INTO person (kind, sex, area_id, created_at) VALUES ('CHILD', 'FEMALE', :area,"
                        + " now()) RETURNING id")
                .param("area", area.areaId())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO child_case (child_id, area_id, status, opened_on, opened_at, opened_by, opening_reason,
                               lead_user_id, next_review_on, planning_meeting_due_on)
                        VALUES (:child, :area, 'OPEN', :day, now(), :user, 'Benchmark: a later case', :user, :day, :day)
                        """)
                .param("child", child)
                .param("area", area.areaId())
                .param("day", day)
                .param("user", area.userId())
                .update();
        jdbc.sql("""
                        INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                               ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by, recorded_at,
                               return_recorded_by, return_recorded_at)
                        VALUES (:child, :area, 'MISSING', 'Benchmark carer', :at, :at,
                                CAST(:at AS timestamptz) + interval '5 hours', 'MEDIUM', 'Benchmark grading',
                                'Benchmark officer', false, :user, :at, :user,
                                CAST(:at AS timestamptz) + interval '5 hours')
                        """)
                .param("child", child)
                .param("area", area.areaId())
                .param("at", java.sql.Timestamp.valueOf(day.atTime(10, 0)))
                .param("user", area.userId())
                .update();
    }

    /** The statement, printing how long each step of the load that takes over a second took. */
    private static Statement timed(Statement statement) {
        return (Statement) Proxy.newProxyInstance(
                Statement.class.getClassLoader(), new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    long started = System.nanoTime();
                    try {
                        return method.invoke(statement, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        long millis = (System.nanoTime() - started) / 1_000_000;
                        if (method.getName().equals("execute") && millis >= 1000) {
                            String step = ((String) args[0]).strip().replaceAll("\\s+", " ");
                            Report.line(String.format(
                                    "  seeding step %d ms: %s",
                                    millis, step.substring(0, Math.min(60, step.length()))));
                        }
                    }
                });
    }

    private static long max(Statement sql, String table) throws Exception {
        try (var rs = sql.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
