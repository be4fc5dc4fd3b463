package app.haven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    static TableState of(JdbcClient jdbc) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        List<String> tables = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name
                        """).query(String.class).list();
        for (String table : tables) {
            if (!EXPECTED_TO_CHANGE.contains(table)) {
                fingerprints.put(
                        table,
                        jdbc.sql("SELECT md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) FROM "
                                        + table + " t")
                                .query(String.class)
                                .single());
            }
        }
        return new TableState(fingerprints);
    }

    /** The tables whose content differs from the earlier state. */
    List<String> changedSince(TableState earlier) {
        return fingerprints.keySet().stream()
                .filter(table -> !Objects.equals(fingerprints.get(table), earlier.fingerprints.get(table)))
                .toList();
    }
}
