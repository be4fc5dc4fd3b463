package app.haven.cases;

import app.haven.identity.TestAccounts;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the register with open cases in a few set-based statements (generate_series), so a benchmark starts from
 * tens of thousands of cases in seconds. Case {@code g} belongs to area {@code g % areas}; its lead is one of that
 * area's leads. Ids are assigned here from the current maximum, so every table's rows line up by {@code g}.
 */
public final class RegisterPopulation {

    /** An area with the agency its children are known to and the users who lead its cases. */
    public record Area(long areaId, long agencyId, List<Long> leads) {}

    /** The benchmarks' coordinators, {@code perArea} in each area, and the areas with those coordinators as leads. */
    public record Staff(List<TestAccounts.Account> coordinators, List<Area> areas) {}

    private RegisterPopulation() {}

    /**
     * A new area for each of {@code areas} coordinators, with {@code perArea - 1} colleagues each (who also lead that
     * area's cases, so the lead order has names to order): the register and missing benchmarks' users.
     */
    public static Staff coordinators(TestAccounts accounts, JdbcClient jdbc, int areas, int perArea) {
        List<TestAccounts.Account> coordinators = new java.util.ArrayList<>();
        List<Area> staffed = new java.util.ArrayList<>();
        for (int a = 0; a < areas; a++) {
            TestAccounts.Account first = accounts.create("CSE_COORDINATOR");
            List<Long> leads = new java.util.ArrayList<>(List.of(first.id()));
            coordinators.add(first);
            for (int c = 1; c < perArea; c++) {
                TestAccounts.Account colleague = accounts.colleague(first, "CSE_COORDINATOR");
                coordinators.add(colleague);
                leads.add(colleague.id());
            }
            long area = jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id LIMIT 1")
                    .param("id", first.id())
                    .query(Long.class)
                    .single();
            long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                    .param("id", first.id())
                    .query(Long.class)
                    .single();
            staffed.add(new Area(area, agency, leads));
        }
        return new Staff(coordinators, staffed);
    }

    /** Gives {@code user} the other areas too (a partnership-wide role's areas). */
    public static void coverAreas(JdbcClient jdbc, TestAccounts.Account user, List<Area> areas) {
        for (Area area : areas) {
            jdbc.sql("INSERT INTO user_area (user_id, area_id) VALUES (:user, :area) ON CONFLICT DO NOTHING")
                    .param("user", user.id())
                    .param("area", area.areaId())
                    .update();
        }
    }

    public static void load(DataSource dataSource, List<Area> areas, int cases) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("CREATE TEMP TABLE bench_area (idx integer PRIMARY KEY, area_id bigint, agency_id bigint,"
                    + " leads bigint[])");
            for (int i = 0; i < areas.size(); i++) {
                Area area = areas.get(i);
                sql.execute("INSERT INTO bench_area VALUES (" + i + ", " + area.areaId() + ", " + area.agencyId()
                        + ", ARRAY["
                        + area.leads().stream().map(String::valueOf).collect(Collectors.joining(","))
                        + "]::bigint[])");
            }
            long person = max(sql, "person");
            long kase = max(sql, "child_case");
            String rows = " FROM generate_series(1, " + cases + ") g JOIN bench_area a ON a.idx = g % " + areas.size();
            // Children aged 10 to 17; one in nine with a learning disability, so the transition flag has work.
            sql.execute("INSERT INTO person (id, kind, date_of_birth, sex, learning_disability, area_id, created_at)"
                    + " OVERRIDING SYSTEM VALUE SELECT " + person + " + g, 'CHILD',"
                    + " current_date - 3650 - (g * 7919) % 2555, CASE g / 3 % 2 WHEN 0 THEN 'FEMALE' ELSE 'MALE' END,"
                    + " g % 9 = 0, a.area_id, now()" + rows);
            sql.execute("INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)"
                    + " SELECT " + person + " + g, 'LEGAL',"
                    + " (ARRAY['Benchy', 'Loadia', 'Queryn', 'Indexa', 'Pagely', 'Seedric', 'Rowena-Bench'])[g % 7 + 1],"
                    + " (ARRAY['Fixtureworth', 'Samplebury', 'Testingham', 'Mockley', 'Dummington'])[g % 5 + 1],"
                    + " now()" + rows);
            sql.execute("INSERT INTO child_involvement (child_id, area_id, agency_id, started_at)" + " SELECT " + person
                    + " + g, a.area_id, a.agency_id, now()" + rows);
            // Bands 0 to 3 with one case in nineteen unscreened; about a quarter of reviews overdue; one planning
            // meeting in six not yet held; a few child protection triggers.
            sql.execute("""
                    INSERT INTO child_case (id, child_id, area_id, status, opened_on, opened_at, opened_by, opening_reason,
                           lead_user_id, band_label, band_rank, last_screened_on, child_protection, next_review_on,
                           planning_meeting_due_on, planning_meeting_held_on)
                    OVERRIDING SYSTEM VALUE
                    SELECT %d + g, %d + g, a.area_id, 'OPEN', o.opened, o.opened::timestamptz, a.leads[1],
                           'Benchmark: seeded case', a.leads[g / %d %% cardinality(a.leads) + 1],
                           CASE WHEN g %% 19 = 0 THEN NULL
                                ELSE (ARRAY['No apparent risk', 'Low', 'Medium', 'High'])[(g / 7) %% 4 + 1] END,
                           CASE WHEN g %% 19 = 0 THEN NULL ELSE (g / 7) %% 4 END,
                           CASE WHEN g %% 19 = 0 THEN NULL ELSE o.opened - 3 END,
                           g %% 17 = 0, current_date - 30 + (g * 31) %% 120, o.opened + 10,
                           CASE WHEN g %% 6 = 0 THEN NULL ELSE o.opened + 7 END
                    """.formatted(kase, person, areas.size())
                    + rows + " CROSS JOIN LATERAL (SELECT current_date - 1 - (g * 37) % 400 AS opened) o");
            sql.execute("INSERT INTO case_plan (case_id, child_view, child_wants_to_work_with, updated_at, updated_by)"
                    + " SELECT " + kase + " + g, CASE WHEN g % 3 <> 0 THEN 'Seeded view of the plan' END,"
                    + " CASE WHEN g % 4 <> 0 THEN 'Seeded worker' END, now(), a.leads[1]" + rows);
            // No, one or two models per case, never the same one twice.
            String models = "(ARRAY['INAPPROPRIATE_RELATIONSHIP', 'PEER_ON_PEER', 'GANGS_AND_GROUPS', 'ORGANISED',"
                    + " 'FAMILIAL', 'OPPORTUNISTIC', 'ONLINE'])";
            sql.execute("INSERT INTO case_cse_model (case_id, model_code)"
                    + " SELECT " + kase + " + g, " + models + "[g % 7 + 1]" + rows + " WHERE g % 3 >= 1"
                    + " UNION ALL SELECT " + kase + " + g, " + models + "[(g + 3) % 7 + 1]" + rows
                    + " WHERE g % 3 = 2");
            sql.execute("INSERT INTO case_closure (case_id, outcome, reason, summary, requested_by, requested_at,"
                    + " status) SELECT " + kase + " + g, 'RISK_REDUCED', 'RISK_MANAGED', 'Seeded request',"
                    + " a.leads[1], now(), 'PENDING'" + rows + " WHERE g % 51 = 0");
            for (String table : List.of("person", "child_case")) {
                sql.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table
                        + "))");
            }
            for (String table : List.of(
                    "person",
                    "person_name",
                    "child_involvement",
                    "child_case",
                    "case_plan",
                    "case_cse_model",
                    "case_closure",
                    "user_account",
                    "user_area")) {
                sql.execute("VACUUM ANALYZE " + table);
            }
            // Flush the load now, so the checkpointer does not compete with the requests being measured.
            sql.execute("CHECKPOINT");
        }
    }

    private static long max(Statement sql, String table) throws Exception {
        try (var rs = sql.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
