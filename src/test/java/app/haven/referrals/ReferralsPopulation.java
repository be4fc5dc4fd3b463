package app.haven.referrals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Fills the referral tables for a benchmark in a few set-based statements: {@code referrals} children of one area, each
 * referred once by a school to the commissioned service with a sharing decision; one in ten waiting for a decision,
 * three in ten accepted and open (spread evenly over the workers: by tens of referrals, since the state is chosen by the
 * last digit and a worker by the same digit would give most workers nothing open), the rest closed with an outcome;
 * {@code sessions} direct work sessions on the accepted and closed ones. Needs a login that may vacuum and analyse
 * (the application's role may not: PostgreSQL skips those tables with a warning and the planner has no statistics).
 */
final class ReferralsPopulation {

    private ReferralsPopulation() {}

    record Setting(long area, long fromAgency, long referrer, long service, List<Long> workers) {}

    static long load(DataSource dataSource, Setting s, int referrals, int sessions) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            String workers = s.workers().stream().map(String::valueOf).collect(Collectors.joining(","));
            sql.execute("""
                    INSERT INTO person (kind, date_of_birth, sex, area_id, created_at)
                    SELECT 'CHILD', DATE '2010-01-01' + (g %% 1500), 'FEMALE', %d, now() FROM generate_series(1, %d) g
                    """.formatted(s.area(), referrals));
            sql.execute("""
                    CREATE TEMP TABLE bench_kid AS SELECT id, row_number() OVER (ORDER BY id) AS k FROM person
                     WHERE area_id = %d AND kind = 'CHILD' ORDER BY id DESC LIMIT %d
                    """.formatted(s.area(), referrals));
            sql.execute("""
                    INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)
                    SELECT id, 'LEGAL', 'Seeded' || k, 'Benchmark', now() FROM bench_kid
                    """);
            sql.execute("""
                    INSERT INTO sharing_decision (child_id, area_id, shared, what, with_agency_id, consent, decided_by,
                           decided_agency_id, decided_at)
                    SELECT id, %d, true, 'Seeded referral', %d, 'GIVEN', %d, %d, now() - k * interval '10 minutes'
                      FROM bench_kid
                    """.formatted(s.area(), s.service(), s.referrer(), s.fromAgency()));
            sql.execute("""
                    INSERT INTO referral (child_id, area_id, from_agency_id, from_user_id, to_agency_id, urgency, concern,
                           consent, sharing_decision_id, status, created_at, sent_at, decision_due_on, decided_at,
                           decided_by, worker_id, outcome, closed_at, closed_by)
                    SELECT k.id, %1$d, %2$d, %3$d, %4$d, CASE WHEN k.k %% 7 = 0 THEN 'URGENT' ELSE 'ROUTINE' END,
                           'Seeded concern', 'GIVEN', sd.id, st.status, now() - k.k * interval '10 minutes',
                           now() - k.k * interval '10 minutes', current_date - 5 + (k.k %% 10)::int,
                           CASE WHEN st.status <> 'SENT' THEN now() END, CASE WHEN st.status <> 'SENT' THEN w.id END,
                           CASE WHEN st.status <> 'SENT' THEN w.id END,
                           CASE WHEN st.status = 'CLOSED' THEN (ARRAY['RISK_REDUCED','RISK_REDUCED','RISK_UNCHANGED'])[k.k %% 3 + 1] END,
                           CASE WHEN st.status = 'CLOSED' THEN now() END, CASE WHEN st.status = 'CLOSED' THEN w.id END
                      FROM bench_kid k
                      JOIN sharing_decision sd ON sd.child_id = k.id
                      CROSS JOIN LATERAL (SELECT CASE WHEN k.k %% 10 = 0 THEN 'SENT'
                                                      WHEN k.k %% 10 IN (1, 2, 3) THEN 'ACCEPTED' ELSE 'CLOSED' END AS status) st
                      CROSS JOIN LATERAL (SELECT (ARRAY[%5$s])[(k.k / 10) %% %6$d + 1] AS id) w
                    """.formatted(
                            s.area(),
                            s.fromAgency(),
                            s.referrer(),
                            s.service(),
                            workers,
                            s.workers().size()));
            sql.execute("""
                    INSERT INTO referral_reason_given (referral_id, reason_code)
                    SELECT r.id, (ARRAY['ONLINE_GROOMING','MISSING','CSE_CONCERN','PEER_ON_PEER'])[r.id %% 4 + 1]
                      FROM referral r WHERE r.to_agency_id = %d
                    """.formatted(s.service()));
            sql.execute("""
                    INSERT INTO direct_work_session (referral_id, worker_id, held_on, duration_minutes, place, engagement,
                           recorded_at)
                    SELECT r.id, r.worker_id, current_date - g * 7, 60, 'Seeded place', 'GOOD', now()
                      FROM referral r CROSS JOIN generate_series(1, 5) g
                     WHERE r.to_agency_id = %d AND r.worker_id IS NOT NULL
                     ORDER BY g, r.id LIMIT %d
                    """.formatted(s.service(), sessions));
            for (String table :
                    List.of("person", "person_name", "referral", "referral_reason_given", "direct_work_session")) {
                sql.execute("VACUUM ANALYZE " + table);
            }
            sql.execute("CHECKPOINT");
            try (var rs = sql.executeQuery("SELECT count(*) FROM direct_work_session")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
