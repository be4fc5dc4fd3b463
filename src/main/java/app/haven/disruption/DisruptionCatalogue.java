package app.haven.disruption;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The catalogues kept as data: kinds of measure with their legal basis, offences, and debrief themes. */
@Component
class DisruptionCatalogue {

    record Offence(String code, String label, String legislation) {
        String fullLabel() {
            return label + " (" + legislation + ")";
        }
    }

    record Theme(String code, String category, String label) {}

    private final JdbcClient jdbc;

    DisruptionCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MeasureType> measureTypes() {
        return jdbc.sql("SELECT * FROM disruption_measure_type WHERE NOT retired ORDER BY position")
                .query((rs, row) -> new MeasureType(
                        rs.getString("code"),
                        rs.getString("label"),
                        rs.getString("legal_basis"),
                        rs.getBoolean("requires_expiry"),
                        Optional.ofNullable(rs.getObject("max_months", Integer.class)),
                        Optional.ofNullable(rs.getObject("max_days", Integer.class)),
                        rs.getBoolean("for_person"),
                        rs.getBoolean("for_location")))
                .list();
    }

    Optional<MeasureType> measureType(String code) {
        return measureTypes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    List<Offence> offences() {
        return jdbc.sql("SELECT code, label, legislation FROM disruption_offence WHERE NOT retired ORDER BY position")
                .query((rs, row) ->
                        new Offence(rs.getString("code"), rs.getString("label"), rs.getString("legislation")))
                .list();
    }

    List<Theme> themes() {
        return jdbc.sql(
                        "SELECT code, category, label FROM disruption_debrief_theme WHERE NOT retired ORDER BY position")
                .query((rs, row) -> new Theme(rs.getString("code"), rs.getString("category"), rs.getString("label")))
                .list();
    }

    int expiryLeadDays() {
        return jdbc.sql("SELECT expiry_lead_days FROM disruption_setting")
                .query(Integer.class)
                .single();
    }
}
