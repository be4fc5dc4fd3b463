package app.haven.engagement;

import app.haven.platform.MeasureSource;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engagement module's share of the partnership's measures (strategy priorities 1 to 3): resources published and
 * viewed, and concerns reported by the public and what became of them. Counted from the module's own tables
 * only; the insight module suppresses and rounds.
 */
@Component
class EngagementMeasures implements MeasureSource {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final String RESOURCES_PUBLISHED = "engagement.resources-published";
    static final String RESOURCE_VIEWS = "engagement.resource-views";
    static final String CONCERNS = "engagement.community-concerns";

    private static final List<Measure> MEASURES = List.of(
            new Measure(
                    RESOURCES_PUBLISHED,
                    1,
                    "Awareness resources published",
                    "Resources published to the public pages in the period, by kind (leaflet, guide, video, lesson"
                            + " plan), in the area that published them.",
                    "resources"),
            new Measure(
                    RESOURCE_VIEWS,
                    1,
                    "Views of awareness resources",
                    "Times a published resource was opened on the public pages in the period, by kind.",
                    "views"),
            new Measure(
                    CONCERNS,
                    1,
                    "Concerns reported by the public, and what became of them",
                    "Concerns received on the public form in the period, by what triage made of them: waiting,"
                            + " turned into intelligence, or closed (with the reason).",
                    "concerns"));

    private final JdbcClient jdbc;

    EngagementMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public List<Count> count(String measureCode, LocalDate from, LocalDate toExclusive) {
        String sql = switch (measureCode) {
            case RESOURCES_PUBLISHED -> """
                    SELECT area_id, kind AS category, count(*) AS n FROM engagement_resource
                     WHERE published_at IS NOT NULL
                       AND (published_at AT TIME ZONE 'Europe/London')::date >= :from
                       AND (published_at AT TIME ZONE 'Europe/London')::date < :to
                     GROUP BY area_id, kind""";
            case RESOURCE_VIEWS -> """
                    SELECT r.area_id, r.kind AS category, sum(v.views) AS n
                      FROM engagement_resource_view v JOIN engagement_resource r ON r.id = v.resource_id
                     WHERE v.viewed_on >= :from AND v.viewed_on < :to
                     GROUP BY r.area_id, r.kind""";
            case CONCERNS -> """
                    SELECT area_id, CASE status WHEN 'CLOSED' THEN 'CLOSED:' || closed_reason ELSE status END AS category,
                           count(*) AS n
                      FROM community_concern
                     WHERE (received_at AT TIME ZONE 'Europe/London')::date >= :from
                       AND (received_at AT TIME ZONE 'Europe/London')::date < :to
                     GROUP BY 1, 2""";
            default -> throw new IllegalArgumentException("not an engagement measure: " + measureCode);
        };
        return jdbc.sql(sql)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(toExclusive))
                .query((rs, n) -> new Count(rs.getLong("area_id"), rs.getString("category"), rs.getLong("n")))
                .list();
    }
}
