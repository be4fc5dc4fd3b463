package app.haven.disruption;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures behind the comparison page: each partnership area's child population and prosecutions charged in a
 * year (counted from the prosecutions recorded, never typed in), and the published rates of similar areas.
 */
@Service
class Comparisons {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Comparisons(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partnership's own figures for a calendar year. */
    Comparison.Own own(int year) {
        List<Comparison.AreaYear> rows = jdbc.sql("""
                        SELECT a.name, cp.children, cp.source,
                               (SELECT count(*) FROM disruption_prosecution p WHERE p.area_id = cp.area_id
                                   AND p.charged_on >= :from AND p.charged_on < :to) AS prosecutions
                          FROM disruption_child_population cp JOIN area a ON a.id = cp.area_id
                         WHERE cp.year = :year ORDER BY a.name
                        """)
                .param("year", year)
                .param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, row) -> new Comparison.AreaYear(
                        rs.getString("name"),
                        rs.getLong("children"),
                        rs.getString("source"),
                        rs.getLong("prosecutions")))
                .list();
        return Comparison.own(rows);
    }

    List<ComparatorCsv.Rate> comparators(int year) {
        return jdbc.sql("SELECT * FROM disruption_comparator_rate WHERE year = :year ORDER BY rate DESC, area_name")
                .param("year", year)
                .query((rs, row) -> new ComparatorCsv.Rate(
                        rs.getString("area_name"), rs.getInt("year"), rs.getBigDecimal("rate"), rs.getString("source")))
                .list();
    }

    /** The years with a population or a comparator rate, newest first. */
    List<Integer> years() {
        return jdbc.sql("""
                        SELECT year FROM disruption_child_population UNION SELECT year FROM disruption_comparator_rate
                         ORDER BY 1 DESC
                        """).query(Integer.class).list();
    }

    /** Saves the rates (replacing an area's rate for the same year) and audits once. */
    @Transactional
    void saveRates(List<ComparatorCsv.Rate> rates, HavenPrincipal user) {
        for (ComparatorCsv.Rate r : rates) {
            jdbc.sql("""
                            INSERT INTO disruption_comparator_rate (area_name, year, rate, source, entered_by, entered_at)
                            VALUES (:area, :year, :rate, :source, :by, :now)
                            ON CONFLICT (area_name, year) DO UPDATE SET rate = EXCLUDED.rate, source = EXCLUDED.source,
                                entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at
                            """)
                    .param("area", r.area())
                    .param("year", r.year())
                    .param("rate", r.rate())
                    .param("source", r.source())
                    .param("by", user.userId())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        audit.record(
                AuditAction.UPDATE,
                "comparator-rates",
                rates.size(),
                Optional.empty(),
                Optional.of(rates.size() + " comparator rates"));
    }

    /** Saves (or replaces) an area's child population for a year, and audits once. */
    @Transactional
    void savePopulation(long areaId, int year, long children, String source) {
        jdbc.sql("""
                        INSERT INTO disruption_child_population (area_id, year, children, source)
                        VALUES (:area, :year, :children, :source)
                        ON CONFLICT (area_id, year) DO UPDATE SET children = EXCLUDED.children, source = EXCLUDED.source
                        """)
                .param("area", areaId)
                .param("year", year)
                .param("children", children)
                .param("source", source)
                .update();
        audit.record(
                AuditAction.UPDATE,
                "child-population",
                areaId,
                Optional.empty(),
                Optional.of(year + ": " + children + " children"));
    }
}
