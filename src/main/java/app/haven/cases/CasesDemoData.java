package app.haven.cases;

import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A register of children at risk in every demo area: about twelve open cases per area (times the scale) for that
 * area's demo children, led by its demo practitioner with its demo police investigator in the team, each with a
 * plan, goals and interventions, and two closed cases whose closure the area's demo manager approved; and, for the
 * board's trends, closed cases opened in each of the four financial years before this one. Written after
 * the people (order 10) through the services a user's screens call ({@link DemoCases}), so the demo's inbox tasks,
 * chronology and audit agree with its register.
 */
@Component
class CasesDemoData implements DemoDataContributor {

    static final int OPEN_PER_AREA = 12;
    static final int CLOSED_PER_AREA = 2;

    /**
     * Children identified in each of the financial years before this one, oldest first (times the scale), per area:
     * rising, so the board's dashboard and trends have a history to show.
     */
    static final int[] EARLIER_YEARS_PER_AREA = {3, 4, 5, 6};

    private static final long HISTORY_SEED = 20_170_401L;

    private final DemoCases cases;
    private final Clock clock;

    CasesDemoData(DemoCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void contribute(DemoData demo) {
        JdbcClient jdbc = demo.jdbc();
        DemoPlans.Catalogue catalogue = new DemoPlans.Catalogue(
                jdbc
                        .sql("SELECT band_rank, weeks FROM review_cadence")
                        .query((rs, row) -> Map.entry(rs.getInt(1), rs.getInt(2)))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                jdbc.sql("SELECT code FROM cse_model WHERE NOT retired ORDER BY position")
                        .query(String.class)
                        .list(),
                jdbc.sql("SELECT code FROM intervention_type WHERE NOT retired ORDER BY position")
                        .query(String.class)
                        .list());
        DemoCases.Context context = new DemoCases.Context(demo.random(), LocalDate.now(clock), catalogue);
        List<DemoCases.Staff> areas = staff(jdbc);
        int open = 0;
        int closed = 0;
        List<List<Long>> earlier = new ArrayList<>();
        for (DemoCases.Staff staff : areas) {
            List<Long> children = childrenOf(jdbc, staff.areaId());
            Collections.shuffle(children, demo.random());
            int wanted = Math.min(children.size(), OPEN_PER_AREA * demo.scale());
            for (int i = 0; i < wanted; i++) {
                cases.open(context, children.get(i), staff, i);
                open++;
            }
            for (long child : children.subList(wanted, Math.min(children.size(), wanted + CLOSED_PER_AREA))) {
                cases.closed(context, child, staff);
                closed++;
            }
            earlier.add(children.subList(Math.min(children.size(), wanted + CLOSED_PER_AREA), children.size()));
        }
        int history = earlierYears(context, areas, earlier, demo.scale());
        demo.announce("Cases: " + open + " children on the register of children at risk in " + areas.size()
                + " areas (try the area's coordinator at /register) and " + closed + " closed cases, with " + history
                + " closed cases opened in the four years before this one (the board's trends at /insight).");
    }

    /**
     * Closed cases opened on a day of each earlier financial year, written after everything else with a random source
     * of their own so the rest of the demo (and the children other modules pick) is as it was without them.
     */
    private int earlierYears(DemoCases.Context context, List<DemoCases.Staff> areas, List<List<Long>> free, int scale) {
        java.util.Random random = new java.util.Random(HISTORY_SEED);
        DemoCases.Context history = new DemoCases.Context(random, context.today(), context.catalogue());
        LocalDate thisYear = financialYearStart(context.today());
        int made = 0;
        for (int a = 0; a < areas.size(); a++) {
            List<Long> children = free.get(a);
            int next = 0;
            for (int y = 0; y < EARLIER_YEARS_PER_AREA.length; y++) {
                LocalDate start = thisYear.minusYears(EARLIER_YEARS_PER_AREA.length - y);
                for (int i = 0; i < EARLIER_YEARS_PER_AREA[y] * scale && next < children.size(); i++) {
                    cases.closed(history, children.get(next++), areas.get(a), start.plusDays(random.nextInt(360)));
                    made++;
                }
            }
        }
        return made;
    }

    /** 1 April of the financial year a day falls in. */
    static LocalDate financialYearStart(LocalDate day) {
        int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, 4, 1);
    }

    /** The first demo practitioner, police investigator and team manager of each area (number 1 at any scale). */
    private static List<DemoCases.Staff> staff(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT a.id, pr.id, inv.id, inv.agency_id, mg.id
                          FROM area a
                          JOIN LATERAL (SELECT u.* FROM user_account u JOIN user_area ua ON ua.user_id = u.id
                                         WHERE ua.area_id = a.id AND u.email LIKE 'practitioner.%'
                                           AND u.email NOT LIKE 'practitioner.%.%@%' ORDER BY u.id LIMIT 1) pr ON true
                          JOIN LATERAL (SELECT u.* FROM user_account u JOIN user_area ua ON ua.user_id = u.id
                                         WHERE ua.area_id = a.id AND u.email LIKE 'investigator.%'
                                           AND u.email NOT LIKE 'investigator.%.%@%' ORDER BY u.id LIMIT 1) inv ON true
                          JOIN LATERAL (SELECT u.* FROM user_account u JOIN user_area ua ON ua.user_id = u.id
                                         WHERE ua.area_id = a.id AND u.email LIKE 'manager.%'
                                           AND u.email NOT LIKE 'manager.%.%@%' ORDER BY u.id LIMIT 1) mg ON true
                         ORDER BY a.id
                        """)
                .query((rs, row) ->
                        new DemoCases.Staff(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** The area's demo children without an open case, in id order so the shuffle repeats with the seed. */
    private static List<Long> childrenOf(JdbcClient jdbc, long areaId) {
        return new ArrayList<>(
                jdbc.sql("""
                        SELECT DISTINCT p.id FROM person p JOIN child_involvement ci ON ci.child_id = p.id
                         WHERE ci.area_id = :area AND ci.ended_at IS NULL AND p.kind = 'CHILD' AND p.merged_into IS NULL
                           AND NOT EXISTS (SELECT 1 FROM child_case c WHERE c.child_id = p.id)
                         ORDER BY p.id
                        """).param("area", areaId).query(Long.class).list());
    }
}
