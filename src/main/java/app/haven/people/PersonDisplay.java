package app.haven.people;

import java.sql.Array;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How a person is shown in lists: name in use, other names, date of birth with age, area. One query per list. */
@Component
class PersonDisplay {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final Clock clock;

    PersonDisplay(JdbcClient jdbc, PersonAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    record Row(long id, String name, PersonKind kind, List<String> otherNames, String dateOfBirth, String area) {}

    /** A listed person: whether the user may open the record, its row, and who knows them (for when they may not). */
    record Listed(boolean visible, Row row, List<String> knownTo) {}

    /**
     * Rows for a list of people with, in the same query, whether the user may open each and which agencies work
     * with them: one round trip for a page of search results.
     */
    Map<Long, Listed> listed(app.haven.platform.HavenPrincipal user, Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        return listed(user, ids, new Shown(all, all, ids.size()));
    }

    /**
     * Which of a page's candidates it shows: the first {@code count} of {@code openOrder} the user may open (their
     * names are read) and the first {@code count} of {@code hiddenOrder} the user may not (who knows the child is
     * read). Others are listed with whether the user may open them and their row, without names or agencies.
     */
    record Shown(List<Long> openOrder, List<Long> hiddenOrder, int count) {}

    /**
     * As {@link #listed(app.haven.platform.HavenPrincipal, Collection)}, reading names and who knows the child only
     * for the people the page can show ({@link Shown}): a search considers thirty people and more for the tie rule and
     * the results outside scope, and shows ten.
     */
    Map<Long, Listed> listed(app.haven.platform.HavenPrincipal user, Collection<Long> ids, Shown shown) {
        Map<Long, Listed> listed = new HashMap<>();
        if (ids.isEmpty()) {
            return listed;
        }
        SqlStatement statement = listedStatement(user, ids, shown);
        jdbc.sql(statement.sql()).params(statement.params()).query(rs -> {
            Row row = row(rs);
            listed.put(row.id(), new Listed(rs.getBoolean("visible"), row, Arrays.asList((String[])
                    rs.getArray("known_to").getArray())));
        });
        return listed;
    }

    /**
     * The page's one read for {@link #listed(app.haven.platform.HavenPrincipal, Collection, Shown)}. The innermost
     * select ends in {@code OFFSET 0} so that PostgreSQL keeps it a subquery: flattened, it evaluated the scope
     * condition (several index probes a person) once for the column and again in each window's partition, three times
     * a person.
     */
    SqlStatement listedStatement(app.haven.platform.HavenPrincipal user, Collection<Long> ids, Shown shown) {
        PersonAccess.Condition visible = access.condition(user, "p.id");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("ids", array(ids));
        params.put("open_order", array(shown.openOrder()));
        params.put("hidden_order", array(shown.hiddenOrder()));
        params.put("shown", shown.count());
        return new SqlStatement("""
                        SELECT l.*,
                               CASE WHEN l.open_place <= :shown THEN ARRAY(SELECT n.given_names || ' ' || n.family_name
                                      FROM person_name n WHERE n.person_id = l.id AND n.removed_at IS NULL
                                      ORDER BY CASE n.name_type WHEN 'PREFERRED' THEN 0 WHEN 'LEGAL' THEN 1 ELSE 2 END,
                                               n.id)
                                    ELSE '{}'::text[] END AS names,
                               CASE WHEN l.hidden_place <= :shown THEN
                                    ARRAY(SELECT DISTINCT ag.name || coalesce(' (' || t.name || ')', '') || ', ' || ar.name
                                            FROM child_involvement ci JOIN agency ag ON ag.id = ci.agency_id
                                            JOIN area ar ON ar.id = ci.area_id LEFT JOIN team t ON t.id = ci.team_id
                                           WHERE ci.child_id = l.id AND ci.ended_at IS NULL)
                                    ELSE '{}'::text[] END AS known_to
                          FROM (SELECT v.*,
                                       CASE WHEN v.visible AND v.open_order IS NOT NULL THEN row_number() OVER
                                            (PARTITION BY v.visible AND v.open_order IS NOT NULL ORDER BY v.open_order)
                                       END AS open_place,
                                       CASE WHEN NOT v.visible AND v.hidden_order IS NOT NULL THEN row_number() OVER
                                            (PARTITION BY NOT v.visible AND v.hidden_order IS NOT NULL
                                             ORDER BY v.hidden_order)
                                       END AS hidden_place
                                  FROM (SELECT """ + visible.sql() + """
                                                AS visible, o.place AS open_order, h.place AS hidden_order, p.id,
                                               p.kind, p.date_of_birth, p.date_of_birth_estimated, a.name AS area
                                          FROM person p LEFT JOIN area a ON a.id = p.area_id
                                          LEFT JOIN unnest(:open_order::bigint[]) WITH ORDINALITY AS o(id, place)
                                                 ON o.id = p.id
                                          LEFT JOIN unnest(:hidden_order::bigint[]) WITH ORDINALITY AS h(id, place)
                                                 ON h.id = p.id
                                         WHERE p.id = ANY(:ids::bigint[]) OFFSET 0) v) l
                        """, params);
    }

    private static String array(Collection<Long> ids) {
        return "{" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}";
    }

    private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<String> names = Arrays.asList((String[]) rs.getArray("names").getArray());
        Date dob = rs.getDate("date_of_birth");
        return new Row(
                rs.getLong("id"),
                names.isEmpty() ? "Name not recorded" : names.get(0),
                PersonKind.valueOf(rs.getString("kind")),
                names.size() > 1 ? names.subList(1, names.size()) : List.of(),
                dateOfBirth(Optional.ofNullable(dob).map(Date::toLocalDate), rs.getBoolean("date_of_birth_estimated")),
                Optional.ofNullable(rs.getString("area")).orElse("Area not recorded"));
    }

    Map<Long, Row> rows(Collection<Long> ids) {
        Map<Long, Row> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.sql("""
                        SELECT p.id, p.kind, p.date_of_birth, p.date_of_birth_estimated, a.name AS area,
                               ARRAY(SELECT n.given_names || ' ' || n.family_name FROM person_name n
                                      WHERE n.person_id = p.id AND n.removed_at IS NULL
                                      ORDER BY CASE n.name_type WHEN 'PREFERRED' THEN 0 WHEN 'LEGAL' THEN 1 ELSE 2 END, n.id)
                                   AS names
                          FROM person p LEFT JOIN area a ON a.id = p.area_id
                         WHERE p.id = ANY(:ids::bigint[])
                        """)
                .param("ids", "{" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}")
                .query(rs -> {
                    Array array = rs.getArray("names");
                    List<String> names = Arrays.asList((String[]) array.getArray());
                    Date dob = rs.getDate("date_of_birth");
                    long id = rs.getLong("id");
                    rows.put(
                            id,
                            new Row(
                                    id,
                                    names.isEmpty() ? "Name not recorded" : names.get(0),
                                    PersonKind.valueOf(rs.getString("kind")),
                                    names.size() > 1 ? names.subList(1, names.size()) : List.of(),
                                    dateOfBirth(
                                            Optional.ofNullable(dob).map(Date::toLocalDate),
                                            rs.getBoolean("date_of_birth_estimated")),
                                    Optional.ofNullable(rs.getString("area")).orElse("Area not recorded")));
                });
        return rows;
    }

    /** "3 April 2012 (14)", "About 2012 (estimated, about 14)" or "Not known". */
    String dateOfBirth(Optional<LocalDate> dob, boolean estimated) {
        if (dob.isEmpty()) {
            return "Not known";
        }
        int age = Period.between(dob.get(), LocalDate.now(clock)).getYears();
        if (estimated) {
            return "Estimated: " + dob.get().getYear() + " (about " + age + ")";
        }
        return DATE.format(dob.get()) + " (age " + age + ")";
    }
}
