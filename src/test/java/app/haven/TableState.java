package app.haven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of every table's content, to prove that a request changed nothing. The audit log (which records the
 * refusal), sessions and the event registry are left out: they are meant to change. So are the board's kept counts
 * (ADR 0016), which a background pass brings up to date at any moment and which hold aggregates only.
 */
record TableState(Map<String, String> fingerprints) {

    private static final List<String> EXPECTED_TO_CHANGE = List.of(
            "audit_event",
            "spring_session",
            "spring_session_attributes",
            "event_publication",
            "flyway_schema_history",
            "measure_change",
            "measure_month_version",
            "measure_count");

    /** Every table's fingerprint, computed by the database in one statement (one round trip, not one per table). */
    static TableState of(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
                        """).query(String.class).list().stream()
                .filter(table -> !EXPECTED_TO_CHANGE.contains(table))
                .toList();
        String fingerprints = tables.stream()
                .map(table -> "SELECT '" + table + "', (SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY"
                        + " md5(t::text)), '')) FROM " + table + " t)")
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, String> byTable = new LinkedHashMap<>();
        jdbc.sql(fingerprints)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(entry -> byTable.put(entry.getKey(), entry.getValue()));
        return new TableState(byTable);
    }

    /** The tables whose content differs from the earlier state. */
    List<String> changedSince(TableState earlier) {
        return fingerprints.keySet().stream()
                .filter(table -> !Objects.equals(fingerprints.get(table), earlier.fingerprints.get(table)))
                .toList();
    }
}
