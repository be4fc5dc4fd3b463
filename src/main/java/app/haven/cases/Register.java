package app.haven.cases;

import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.GenericPlans;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.MissingCounts;
import app.haven.platform.Remembered;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register of children at risk: open cases the user may see (record scope applied in the query), filtered and
 * sorted in the database and read a page at a time; names and flags are read for the page's rows only.
 */
@Service
class Register {

    private static final Map<String, String> ORDER = Map.of(
            "review", "c.next_review_on, c.id",
            "band", "c.band_rank DESC NULLS LAST, c.next_review_on, c.id",
            "age", "c.child_born_on DESC NULLS LAST, c.id",
            "screened", "c.last_screened_on NULLS FIRST, c.id",
            "opened", "c.opened_on DESC, c.id DESC",
            "lead", "c.lead_name, c.next_review_on, c.id",
            // Kept on the case (ADR 0019) and indexed with the area, so this order is one index range with LIMIT.
            "missing", "c.missing_90 DESC, c.missing_now DESC, c.next_review_on, c.id");

    /** The same orders again for the outer query, which joins the child, lead and plan to the page's rows. */
    private static final Map<String, String> PAGE_ORDER = Map.of(
            "review", "page.next_review_on, page.id",
            "band", "page.band_rank DESC NULLS LAST, page.next_review_on, page.id",
            "age", "k.child_born_on DESC NULLS LAST, page.id",
            "screened", "page.last_screened_on NULLS FIRST, page.id",
            "opened", "page.opened_on DESC, page.id DESC",
            "lead", "k.lead_name, page.next_review_on, page.id",
            "missing", "k.missing_90 DESC, k.missing_now DESC, page.next_review_on, page.id");

    private final Map<List<Long>, Remembered<List<app.haven.platform.web.Option>>> leads =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Remembered<Long>> counts = new java.util.concurrent.ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final ChildAccess access;
    private final CaseSettings settings;
    private final MissingCounts missing;
    private final GenericPlans plans;
    private final Clock clock;

    Register(
            JdbcClient jdbc,
            GenericPlans plans,
            ChildAccess access,
            CaseSettings settings,
            MissingCounts missing,
            Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.access = access;
        this.settings = settings;
        this.missing = missing;
        this.clock = clock;
    }

    RegisterPage page(RegisterFilter filter, List<Long> areaIds, HavenPrincipal user) {
        Map<String, Object> params = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        int transition = settings.current().transitionAgeMonths();
        String where = where(filter, areaIds, user, params, today, transition);
        java.time.Instant now = clock.instant();
        params.putAll(missing.parameters(now));
        if (filter.sort().equals("missing")) {
            missing.keepOrderCurrent(now);
        }
        // The outer join on a unique key (every case has its plan) lets the planner drop it when a count does not use
        // it, and what the orders and filters need of the lead and the child (name, date of birth, additional needs)
        // is kept on the case (V386, V406), so counting or ordering a large register reads child_case alone.
        // Missing counts (ADR 0008) join every case only when a filter needs them, and the page's rows always; the
        // missing order reads the counts kept on the case itself (ADR 0019).
        boolean byMissing = filter.flag().startsWith("missing");
        String from = " FROM child_case c LEFT JOIN case_plan pl ON pl.case_id = c.id"
                + (byMissing ? missing.countsJoin("c.child_id", "mc") : "") + " WHERE " + where;
        long total = count(from, params);
        int pages = (int) Math.max(1, (total + RegisterFilter.PAGE_SIZE - 1) / RegisterFilter.PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        // The page's fifty cases are chosen from child_case alone (joins only where a filter or order needs them);
        // the child's name, area and plan are joined to those fifty rather than to the whole register before sorting.
        // The inner select takes only what the area index holds (V131, V406), so a deep page skips through the index
        // alone; the kept lead name, date of birth and missing order are read again for the fifty (child_case k) to
        // order them. The limit and offset are written into the SQL (whole numbers computed here): as parameters, a
        // generic plan is costed as if a tenth of the register were read, so PostgreSQL planned each request afresh
        // (1.3-1.9 ms in its log) rather than reuse the prepared statement's plan (ADR 0008).
        List<RegisterRow> rows = plans.read(() -> jdbc.sql("""
                        SELECT page.*, k.lead_name, ar.name AS area_name, k.child_born_on AS date_of_birth,
                               k.child_additional_needs AS additional_needs,
                               (pl.child_view IS NOT NULL AND pl.child_wants_to_work_with IS NOT NULL) AS child_view,
                               (SELECT n.given_names || ' ' || n.family_name FROM person_name n
                                 WHERE n.person_id = page.child_id AND n.removed_at IS NULL AND n.name_type IN ('PREFERRED', 'LEGAL')
                                 ORDER BY n.name_type = 'PREFERRED' DESC, n.id LIMIT 1) AS child_name,
                               ARRAY(SELECT cm.label FROM case_cse_model m JOIN cse_model cm ON cm.code = m.model_code
                                      WHERE m.case_id = page.id ORDER BY cm.position) AS models,
                               EXISTS (SELECT 1 FROM case_closure cc WHERE cc.case_id = page.id AND cc.status = 'PENDING')
                                   AS closure_pending, coalesce(mp.missing_30, 0) AS missing_30,
                               coalesce(mp.missing_90, 0) AS missing_90, coalesce(mp.missing_now, false) AS missing_now
                          FROM (SELECT c.id, c.child_id, c.area_id, c.lead_user_id, c.band_label, c.band_rank,
                                       c.last_screened_on, c.next_review_on, c.child_protection, c.opened_on,
                                       c.planning_meeting_held_on
                               """ + from + " ORDER BY "
                        + ORDER.get(filter.sort())
                        + " LIMIT " + RegisterFilter.PAGE_SIZE + " OFFSET " + (page - 1) * RegisterFilter.PAGE_SIZE
                        + """
                                ) page
                          JOIN child_case k ON k.id = page.id
                          JOIN area ar ON ar.id = page.area_id
                          LEFT JOIN case_plan pl ON pl.case_id = page.id
                        """ + missing.countsJoin("page.child_id", "mp") + " ORDER BY "
                        + PAGE_ORDER.get(filter.sort()))
                .params(params)
                .query((rs, row) -> row(rs, today, transition))
                .list());
        return new RegisterPage(rows, total, page, pages);
    }

    /**
     * How many open cases match. Counting a whole area's register is the page's biggest cost, and every coordinator
     * of the area asks the same question, so a count that does not depend on who asks (no per-child scope check) is
     * shared for five seconds; the rows themselves are always read fresh.
     */
    private long count(String from, Map<String, Object> params) {
        String sql = "SELECT count(*)" + from;
        if (params.keySet().stream().anyMatch(name -> name.startsWith("scope_"))) {
            return jdbc.sql(sql).params(params).query(Long.class).single();
        }
        if (counts.size() > 10_000) {
            counts.clear();
        }
        String key = sql + new java.util.TreeMap<>(params);
        return counts.computeIfAbsent(
                        key,
                        k -> new Remembered<>(
                                java.time.Duration.ofSeconds(5),
                                () -> jdbc.sql(sql)
                                        .params(params)
                                        .query(Long.class)
                                        .single()))
                .get();
    }

    /**
     * The lead professionals of open cases in these areas, for the register's lead filter; remembered for half a
     * minute, as a new lead missing from the list for that long harms nobody.
     */
    List<app.haven.platform.web.Option> leads(List<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return leads.computeIfAbsent(
                        List.copyOf(areaIds),
                        areas -> new Remembered<>(java.time.Duration.ofSeconds(30), () -> readLeads(areas)))
                .get();
    }

    private List<app.haven.platform.web.Option> readLeads(List<Long> areaIds) {
        return jdbc.sql("""
                        SELECT u.id, u.display_name FROM user_account u
                         WHERE u.id IN (SELECT lead_user_id FROM child_case WHERE status = 'OPEN' AND area_id IN (:areas))
                         ORDER BY u.display_name
                        """)
                .param("areas", areaIds)
                .query((rs, row) -> new app.haven.platform.web.Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    private String where(
            RegisterFilter filter,
            List<Long> areaIds,
            HavenPrincipal user,
            Map<String, Object> params,
            LocalDate today,
            int transition) {
        params.put("today", Date.valueOf(today));
        params.put("transition", transition);
        List<Long> areas =
                filter.areaId().filter(areaIds::contains).map(List::of).orElse(areaIds);
        List<String> conditions = new ArrayList<>(List.of("c.status = 'OPEN'"));
        // An open case always keeps its lead professional's involvement in the case's own area (the lead cannot
        // leave the team), so in areas whose every child the user may open, the case's area is the check and the
        // per-case one is skipped: the register of an area reads its index alone.
        if (!access.seesEveryChildIn(user, areas)) {
            SqlCondition scope = access.visibleChildren(user, "c.child_id");
            params.putAll(scope.parameters());
            conditions.add(scope.sql());
        }
        conditions.add(areas.isEmpty() ? "false" : "c.area_id IN (:areas)");
        params.put("areas", areas.isEmpty() ? List.of(-1L) : areas);
        switch (filter.band()) {
            case "" -> {}
            case "none" -> conditions.add("c.band_rank IS NULL");
            default -> {
                conditions.add("c.band_rank = :band");
                params.put("band", Integer.parseInt(filter.band()));
            }
        }
        if (!filter.lead().isEmpty()) {
            conditions.add("c.lead_user_id = :lead");
            params.put("lead", filter.lead().equals("me") ? user.userId() : Long.parseLong(filter.lead()));
        }
        if (!filter.model().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM case_cse_model m WHERE m.case_id = c.id AND m.model_code = :model)");
            params.put("model", filter.model());
        }
        switch (filter.age()) {
            case "under13" -> ageBetween(conditions, today, 0, 12);
            case "13to15" -> ageBetween(conditions, today, 13, 15);
            case "16to17" -> ageBetween(conditions, today, 16, 17);
            default -> {}
        }
        switch (filter.flag()) {
            case "review-overdue" -> conditions.add("c.next_review_on < :today");
            case "meeting-due" -> conditions.add("c.planning_meeting_held_on IS NULL");
            case "no-child-view" -> conditions.add("(pl.child_view IS NULL OR pl.child_wants_to_work_with IS NULL)");
            case "transition" ->
                conditions.add("c.child_additional_needs"
                        + " AND c.child_born_on <= CAST(:today AS date) - make_interval(months => :transition)");
            case "child-protection" -> conditions.add("c.child_protection");
            case "missing-now" -> conditions.add("mc.missing_now");
            case "missing-30" -> conditions.add("mc.missing_30 > 0");
            case "missing-90" -> conditions.add("mc.missing_90 > 0");
            case "closure-pending" ->
                conditions.add(
                        "EXISTS (SELECT 1 FROM case_closure cc WHERE cc.case_id = c.id AND cc.status = 'PENDING')");
            default -> {}
        }
        return String.join(" AND ", conditions);
    }

    /**
     * Age in whole years between {@code youngest} and {@code oldest} on {@code today}. The two dates are written into
     * the SQL (ISO dates worked out here, never typed by a user), not bound: the register's statements are planned once
     * for any parameters (GenericPlans), and a range between two unknown dates is costed as matching one case in two
     * hundred, so PostgreSQL read every child of the age group and sorted them rather than reading the order's index
     * and stopping at fifty. With the dates in the SQL it knows a group is a third of the register; the plan is
     * kept per day and group.
     */
    private static void ageBetween(List<String> conditions, LocalDate today, int youngest, int oldest) {
        conditions.add("c.child_born_on > DATE '" + today.minusYears(oldest + 1L) + "' AND c.child_born_on <= DATE '"
                + today.minusYears(youngest) + "'");
    }

    private static RegisterRow row(ResultSet rs, LocalDate today, int transitionMonths) throws SQLException {
        Date born = rs.getDate("date_of_birth");
        LocalDate nextReview = rs.getDate("next_review_on").toLocalDate();
        Date screened = rs.getDate("last_screened_on");
        List<String> flags = new ArrayList<>();
        if (rs.getBoolean("child_protection")) {
            flags.add("Child protection");
        }
        if (rs.getDate("planning_meeting_held_on") == null) {
            flags.add("Planning meeting due");
        }
        if (!rs.getBoolean("child_view")) {
            flags.add("No child's view");
        }
        if (rs.getBoolean("additional_needs")
                && born != null
                && !born.toLocalDate().plusMonths(transitionMonths).isAfter(today)) {
            flags.add("Transition");
        }
        if (rs.getBoolean("closure_pending")) {
            flags.add("Closure awaiting approval");
        }
        int rank = rs.getInt("band_rank");
        boolean unbanded = rs.wasNull();
        return new RegisterRow(
                rs.getLong("id"),
                rs.getString("child_name") == null ? "Name not recorded" : rs.getString("child_name"),
                born == null
                        ? "Not known"
                        : String.valueOf(
                                Period.between(born.toLocalDate(), today).getYears()),
                rs.getString("area_name"),
                rs.getString("band_label") == null ? "Not screened" : rs.getString("band_label"),
                unbanded ? -1 : rank,
                rs.getString("lead_name"),
                strings(rs.getArray("models")),
                screened == null ? "Not screened" : CaseDates.format(screened.toLocalDate()),
                CaseDates.format(nextReview),
                nextReview.isBefore(today),
                flags,
                rs.getInt("missing_30"),
                rs.getInt("missing_90"),
                rs.getBoolean("missing_now"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
