package app.haven.identity.admin;

import app.haven.platform.web.Option;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partnership's agencies and the areas each covers. Retired, never deleted: users and records name them. */
@Repository
class Agencies {

    private static final String SELECT = """
            SELECT g.id, g.name, g.kind, g.retired,
                   array(SELECT ar.id FROM agency_area aa JOIN area ar ON ar.id = aa.area_id
                          WHERE aa.agency_id = g.id ORDER BY ar.name) AS area_ids,
                   array(SELECT ar.name FROM agency_area aa JOIN area ar ON ar.id = aa.area_id
                          WHERE aa.agency_id = g.id ORDER BY ar.name) AS area_names
              FROM agency g
            """;

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgencyRow> all() {
        return jdbc.sql(SELECT + " ORDER BY g.retired, g.name")
                .query(Agencies::row)
                .list();
    }

    Optional<AgencyRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE g.id = :id")
                .param("id", id)
                .query(Agencies::row)
                .optional();
    }

    boolean nameTaken(String name, long exceptId) {
        return jdbc.sql("SELECT count(*) > 0 FROM agency WHERE lower(name) = lower(:name) AND id <> :id")
                .param("name", name)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    long add(String name, AgencyKind kind, Collection<Long> areaIds) {
        long id = jdbc.sql("INSERT INTO agency (name, kind) VALUES (:name, :kind) RETURNING id")
                .param("name", name)
                .param("kind", kind.name())
                .query(Long.class)
                .single();
        coverAreas(id, areaIds);
        return id;
    }

    void update(long id, String name, AgencyKind kind, Collection<Long> areaIds) {
        jdbc.sql("UPDATE agency SET name = :name, kind = :kind WHERE id = :id")
                .param("name", name)
                .param("kind", kind.name())
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM agency_area WHERE agency_id = :id")
                .param("id", id)
                .update();
        coverAreas(id, areaIds);
    }

    void setRetired(long id, boolean retired) {
        jdbc.sql("UPDATE agency SET retired = :retired WHERE id = :id")
                .param("retired", retired)
                .param("id", id)
                .update();
    }

    /** Active agencies to choose from, plus a retired one already chosen so that saving keeps it. */
    List<Option> options(Optional<Long> chosen) {
        return all().stream()
                .filter(agency -> !agency.retired() || chosen.equals(Optional.of(agency.id())))
                .map(agency -> new Option(String.valueOf(agency.id()), agency.name()))
                .toList();
    }

    private void coverAreas(long agencyId, Collection<Long> areaIds) {
        for (long areaId : areaIds) {
            jdbc.sql("INSERT INTO agency_area (agency_id, area_id) VALUES (:agency, :area)")
                    .param("agency", agencyId)
                    .param("area", areaId)
                    .update();
        }
    }

    private static AgencyRow row(ResultSet rs, int row) throws SQLException {
        return new AgencyRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("kind"),
                AgencyKind.labelOf(rs.getString("kind")),
                Arrays.asList((Long[]) rs.getArray("area_ids").getArray()),
                strings(rs.getArray("area_names")),
                rs.getBoolean("retired"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
