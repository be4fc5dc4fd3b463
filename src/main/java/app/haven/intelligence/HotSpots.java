package app.haven.intelligence;

import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Locations ranked by the missing episodes, reports and disclosures linked to them in a period, in the user's areas
 * (or one of them), with each placed on a plot from its coordinates where it has them: an equirectangular projection
 * of the points' own bounding box, which is close enough at the scale of a county.
 */
@Service
class HotSpots {

    static final int PLOT = 600;
    private static final int MARGIN = 40;

    private final JdbcClient jdbc;
    private final IntelligenceScope scope;

    HotSpots(JdbcClient jdbc, IntelligenceScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    List<HotSpot> ranked(LocalDate from, LocalDate to, Optional<Long> area, HavenPrincipal user) {
        SqlCondition visible = scope.entities(user, "e");
        List<HotSpot> spots = jdbc.sql("""
                        SELECT e.id, e.label, ar.name AS area_name, e.latitude, e.longitude,
                               count(DISTINCT l.evidence_id) FILTER (WHERE l.evidence_kind = 'MISSING_EPISODE') AS episodes,
                               count(DISTINCT l.evidence_id) FILTER (WHERE l.evidence_kind IN ('DISCLOSURE', 'REFERRAL_DISCLOSURE')) AS disclosures,
                               (SELECT count(*) FROM intel_report_entity re JOIN intel_report r ON r.id = re.report_id
                                 WHERE re.entity_id = e.id AND r.reported_on BETWEEN :from AND :to) AS reports
                          FROM intel_entity e JOIN area ar ON ar.id = e.area_id
                          LEFT JOIN intel_link l ON (l.from_entity = e.id OR l.to_entity = e.id) AND l.ended_at IS NULL
                                                AND l.valid_from BETWEEN :from AND :to
                         WHERE e.kind = 'LOCATION' AND (CAST(:area AS bigint) IS NULL OR e.area_id = :area) AND """ + visible.sql() + """
                         GROUP BY e.id, ar.name
                        """)
                .params(visible.parameters())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("area", area.orElse(null))
                .query((rs, row) -> new HotSpot(
                        rs.getLong("id"),
                        rs.getString("label"),
                        rs.getString("area_name"),
                        rs.getInt("episodes"),
                        rs.getInt("reports"),
                        rs.getInt("disclosures"),
                        Optional.ofNullable(rs.getBigDecimal("latitude")),
                        Optional.ofNullable(rs.getBigDecimal("longitude")),
                        0,
                        0))
                .list();
        List<HotSpot> ranked =
                new ArrayList<>(spots.stream().filter(s -> s.total() > 0).toList());
        ranked.sort((a, b) ->
                a.total() != b.total() ? b.total() - a.total() : a.label().compareTo(b.label()));
        return place(ranked.size() > 50 ? ranked.subList(0, 50) : ranked);
    }

    private static List<HotSpot> place(List<HotSpot> spots) {
        List<HotSpot> located = spots.stream().filter(HotSpot::plotted).toList();
        if (located.isEmpty()) {
            return spots;
        }
        double minLat = located.stream()
                .mapToDouble(s -> s.latitude().get().doubleValue())
                .min()
                .getAsDouble();
        double maxLat = located.stream()
                .mapToDouble(s -> s.latitude().get().doubleValue())
                .max()
                .getAsDouble();
        double minLon = located.stream()
                .mapToDouble(s -> s.longitude().get().doubleValue())
                .min()
                .getAsDouble();
        double maxLon = located.stream()
                .mapToDouble(s -> s.longitude().get().doubleValue())
                .max()
                .getAsDouble();
        double span = Math.max(Math.max(maxLat - minLat, maxLon - minLon), 0.01);
        int inner = PLOT - 2 * MARGIN;
        return spots.stream()
                .map(s -> s.plotted()
                        ? s.at(
                                MARGIN + (int) Math.round((s.longitude().get().doubleValue() - minLon) / span * inner),
                                MARGIN
                                        + (int) Math.round(
                                                (maxLat - s.latitude().get().doubleValue()) / span * inner))
                        : s)
                .toList();
    }
}
