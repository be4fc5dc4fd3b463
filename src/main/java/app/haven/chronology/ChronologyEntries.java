package app.haven.chronology;

import app.haven.platform.web.Option;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a child's chronology (all of its record ids, so merged records' history is included), filtered and paged. */
@Component
class ChronologyEntries {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    static final int PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    ChronologyEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Page(List<ChronologyEntryView> entries, long total) {}

    /** Every entry, for printing: a printed chronology is only useful whole. */
    Page findAll(List<Long> childIds, ChronologyFilter filter) {
        return find(childIds, filter, 1, Integer.MAX_VALUE);
    }

    Page find(List<Long> childIds, ChronologyFilter filter, int page) {
        return find(childIds, filter, page, PAGE_SIZE);
    }

    private Page find(List<Long> childIds, ChronologyFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(childIds, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM chronology_entry e WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        String direction = filter.oldestFirst() ? "ASC" : "DESC";
        List<ChronologyEntryView> entries = jdbc.sql(
                        """
                        SELECT e.id, e.occurred_at, e.event_type_label, e.summary, e.significant, e.link,
                               a.name AS agency, u.display_name AS recorded_by
                          FROM chronology_entry e
                          LEFT JOIN agency a ON a.id = e.agency_id
                          LEFT JOIN user_account u ON u.id = e.user_id
                         WHERE\s""" + where + " ORDER BY e.occurred_at " + direction + ", e.id " + direction
                                + " LIMIT " + size + " OFFSET :offset")
                .params(params)
                .param("offset", (long) (Math.max(page, 1) - 1) * size)
                .query((rs, row) -> new ChronologyEntryView(
                        rs.getLong("id"),
                        WHEN.format(rs.getTimestamp("occurred_at").toInstant().atZone(UK)),
                        rs.getString("event_type_label"),
                        rs.getString("summary"),
                        Optional.ofNullable(rs.getString("agency")).orElse("Haven"),
                        Optional.ofNullable(rs.getString("recorded_by")).orElse("Haven"),
                        rs.getBoolean("significant"),
                        Optional.ofNullable(rs.getString("link"))))
                .list();
        return new Page(entries, total);
    }

    /** The agencies and the event types present on this child's chronology, for the filters. */
    List<Option> agencies(List<Long> childIds) {
        List<Option> options = new ArrayList<>(List.of(new Option("", "All agencies")));
        options.addAll(jdbc.sql("""
                        SELECT DISTINCT a.id, a.name FROM chronology_entry e JOIN agency a ON a.id = e.agency_id
                         WHERE e.child_id IN (:children) ORDER BY a.name
                        """)
                .param("children", childIds)
                .query((rs, row) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list());
        return options;
    }

    List<Option> types(List<Long> childIds) {
        return jdbc.sql("""
                        SELECT DISTINCT event_type, event_type_label FROM chronology_entry
                         WHERE child_id IN (:children) ORDER BY event_type_label
                        """)
                .param("children", childIds)
                .query((rs, row) -> new Option(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Flips an entry's significance if it belongs to one of these records; false when it does not. */
    boolean toggleSignificance(List<Long> childIds, long entryId, long userId) {
        return jdbc.sql("""
                        UPDATE chronology_entry SET significant = NOT significant, significance_changed_by = :user,
                               significance_changed_at = :now
                         WHERE id = :id AND child_id IN (:children)
                        """)
                        .param("user", userId)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", entryId)
                        .param("children", childIds)
                        .update()
                == 1;
    }

    private static String where(List<Long> childIds, ChronologyFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("e.child_id IN (:children)"));
        params.put("children", childIds);
        filter.agencyId().ifPresent(agency -> {
            conditions.add("e.agency_id = :agency");
            params.put("agency", agency);
        });
        if (!filter.type().isEmpty()) {
            conditions.add("e.event_type IN (:types)");
            params.put("types", filter.type());
        }
        filter.fromDate().ifPresent(from -> {
            conditions.add("e.occurred_at >= :from");
            params.put("from", Timestamp.from(from.atStartOfDay(UK).toInstant()));
        });
        filter.toDate().ifPresent(to -> {
            conditions.add("e.occurred_at < :to");
            params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(UK).toInstant()));
        });
        if (filter.significantOnly()) {
            conditions.add("e.significant");
        }
        return conditions.stream().collect(Collectors.joining(" AND "));
    }
}
