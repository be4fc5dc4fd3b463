package app.haven.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a person's record for its page. Access is checked and the view audited by the caller. Related people the
 * viewer may not open are listed without their names: the relationship is part of this record, who it is with is not.
 */
@Component
class PersonRecordQueries {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy");

    static final String WITHHELD = "Someone outside your record scope";

    private final JdbcClient jdbc;
    private final PersonDetails details;
    private final PersonAccess access;

    PersonRecordQueries(JdbcClient jdbc, PersonDetails details, PersonAccess access) {
        this.jdbc = jdbc;
        this.details = details;
        this.access = access;
    }

    Optional<PersonRecordView> load(long id, app.haven.platform.HavenPrincipal viewer) {
        return details.find(id)
                .map(d -> new PersonRecordView(
                        id,
                        d.kind(),
                        d.name(),
                        d.version(),
                        d.summary(),
                        names(id),
                        identifiers(id),
                        addresses(id),
                        relationships(id, viewer),
                        merges(id)));
    }

    private List<PersonRecordView.NameView> names(long id) {
        return jdbc.sql("""
                        SELECT id, name_type, given_names || ' ' || family_name AS name, removed_at IS NULL AS current, added_at
                          FROM person_name WHERE person_id = :id
                         ORDER BY removed_at IS NOT NULL, CASE name_type WHEN 'LEGAL' THEN 0 WHEN 'PREFERRED' THEN 1 ELSE 2 END, id
                        """)
                .param("id", id)
                .query((rs, row) -> new PersonRecordView.NameView(
                        rs.getLong("id"),
                        NameType.valueOf(rs.getString("name_type")).label(),
                        rs.getString("name"),
                        rs.getBoolean("current"),
                        when(rs, "added_at")))
                .list();
    }

    private List<PersonRecordView.IdentifierView> identifiers(long id) {
        return jdbc.sql("""
                        SELECT id, identifier_type, value, removed_at IS NULL AS current, added_at
                          FROM person_identifier WHERE person_id = :id ORDER BY removed_at IS NOT NULL, identifier_type, id
                        """)
                .param("id", id)
                .query((rs, row) -> new PersonRecordView.IdentifierView(
                        rs.getLong("id"),
                        app.haven.people.matching.IdentifierType.valueOf(rs.getString("identifier_type"))
                                .label(),
                        rs.getString("value"),
                        rs.getBoolean("current"),
                        when(rs, "added_at")))
                .list();
    }

    private List<PersonRecordView.AddressView> addresses(long id) {
        return jdbc.sql("""
                        SELECT id, line1, line2, town, postcode, from_date, to_date FROM person_address
                         WHERE person_id = :id ORDER BY to_date IS NOT NULL, from_date DESC, id DESC
                        """)
                .param("id", id)
                .query((rs, row) -> {
                    List<String> lines = new ArrayList<>();
                    for (String column : List.of("line1", "line2", "town", "postcode")) {
                        Optional.ofNullable(rs.getString(column))
                                .filter(l -> !l.isBlank())
                                .ifPresent(lines::add);
                    }
                    if (rs.getString("line1") == null) {
                        lines.add("full address not recorded");
                    }
                    Optional<LocalDate> to = date(rs, "to_date");
                    return new PersonRecordView.AddressView(
                            rs.getLong("id"), String.join(", ", lines), dates(date(rs, "from_date"), to), to.isEmpty());
                })
                .list();
    }

    private List<PersonRecordView.RelationshipView> relationships(long id, app.haven.platform.HavenPrincipal viewer) {
        PersonAccess.Condition visible = access.condition(viewer, "o.id");
        return jdbc.sql("""
                        SELECT r.id, r.relationship_type, r.person_id = :id AS outward, r.from_date, r.to_date,
                               %s AS visible,
                               r.ended_at IS NULL AND (r.to_date IS NULL OR r.to_date >= current_date) AS current,
                               o.id AS other_id, o.kind AS other_kind,
                               (SELECT n.given_names || ' ' || n.family_name FROM person_name n WHERE n.person_id = o.id
                                  AND n.removed_at IS NULL ORDER BY n.name_type = 'PREFERRED' DESC, n.name_type = 'LEGAL' DESC, n.id
                                  LIMIT 1) AS other_name
                          FROM person_relationship r
                          JOIN person o ON o.id = CASE WHEN r.person_id = :id THEN r.related_person_id ELSE r.person_id END
                         WHERE r.person_id = :id OR r.related_person_id = :id
                         ORDER BY current DESC, r.id
                        """.formatted(visible.sql()))
                .params(visible.params())
                .param("id", id)
                .query((rs, row) -> {
                    RelationshipType type = RelationshipType.valueOf(rs.getString("relationship_type"));
                    long other = rs.getLong("other_id");
                    boolean shown = rs.getBoolean("visible");
                    return new PersonRecordView.RelationshipView(
                            rs.getLong("id"),
                            other,
                            shown ? PersonLinks.record(other, PersonKind.valueOf(rs.getString("other_kind"))) : "",
                            rs.getBoolean("outward") ? type.label() : type.inverseLabel(),
                            shown
                                    ? Optional.ofNullable(rs.getString("other_name"))
                                            .orElse("Name not recorded")
                                    : WITHHELD,
                            dates(date(rs, "from_date"), date(rs, "to_date")),
                            rs.getBoolean("current"));
                })
                .list();
    }

    private List<PersonRecordView.MergeView> merges(long id) {
        return jdbc.sql("""
                        SELECT m.id, m.merged_person_id, m.kept_person_id, m.reason, m.merged_at, m.undone_at,
                               (SELECT n.given_names || ' ' || n.family_name FROM person_name n
                                 WHERE n.person_id = CASE WHEN m.kept_person_id = :id THEN m.merged_person_id ELSE m.kept_person_id END
                                   AND n.name_type = 'LEGAL' ORDER BY n.removed_at IS NOT NULL, n.id LIMIT 1) AS other_name
                          FROM person_merge m WHERE m.kept_person_id = :id OR m.merged_person_id = :id ORDER BY m.merged_at DESC
                        """)
                .param("id", id)
                .query((rs, row) -> new PersonRecordView.MergeView(
                        rs.getLong("id"),
                        rs.getLong("kept_person_id") == id
                                ? rs.getLong("merged_person_id")
                                : rs.getLong("kept_person_id"),
                        Optional.ofNullable(rs.getString("other_name")).orElse("Name not recorded"),
                        rs.getString("reason"),
                        when(rs, "merged_at"),
                        Optional.ofNullable(rs.getTimestamp("undone_at")).map(t -> "Undone " + format(t))))
                .list();
    }

    static String dates(Optional<LocalDate> from, Optional<LocalDate> to) {
        String start = from.map(WHEN::format).orElse("date not known");
        return to.map(end -> start + " to " + WHEN.format(end)).orElse("Since " + start);
    }

    private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getDate(column)).map(Date::toLocalDate);
    }

    private static String when(ResultSet rs, String column) throws SQLException {
        return format(rs.getTimestamp(column));
    }

    private static String format(Timestamp timestamp) {
        return WHEN.format(timestamp.toInstant().atZone(UK));
    }
}
