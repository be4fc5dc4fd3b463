package app.haven.engagement;

import app.haven.platform.MeasurePeriod;
import app.haven.platform.MeasureSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engagement module's share of the partnership's measures (strategy priorities 1 to 3): resources published and
 * viewed, concerns reported by the public and what became of them, survey answers, the workforce trained against
 * its headcount, and preventive events and their reach. Counted from the module's own tables
 * only; the insight module suppresses and rounds.
 */
@Component
class EngagementMeasures implements MeasureSource {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern PERIOD = Pattern.compile(":(from|to)\\b");

    static final String RESOURCES_PUBLISHED = "engagement.resources-published";
    static final String RESOURCE_VIEWS = "engagement.resource-views";
    static final String CONCERNS = "engagement.community-concerns";
    static final String SURVEY_ANSWERS = "engagement.survey-answers";
    static final String PEOPLE_TRAINED = "engagement.people-trained";
    static final String HEADCOUNT = "engagement.workforce-headcount";
    static final String EVENTS = "engagement.preventive-events";
    static final String REACH = "engagement.preventive-reach";

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
                    "concerns"),
            new Measure(
                    SURVEY_ANSWERS,
                    2,
                    "What children, young people and parents say in feedback surveys",
                    "Answers given in the period to each survey statement (\"I feel safer\", \"I know how to report a"
                            + " risk online\"...), by statement and answer: category STATEMENT:AGREE, :NEITHER or"
                            + " :DISAGREE.",
                    "answers"),
            new Measure(
                    PEOPLE_TRAINED,
                    1,
                    "Children's workforce trained",
                    "People who attended a training session held in the period, by course; read against the workforce"
                            + " headcount for the share trained.",
                    "people trained"),
            new Measure(
                    HEADCOUNT,
                    1,
                    "Children's workforce headcount",
                    "Each agency's latest recorded headcount in the area on the last day of the period, added up: the"
                            + " number the share trained is read against.",
                    "people"),
            new Measure(
                    EVENTS,
                    2,
                    "Preventive events in schools and communities",
                    "Preventive events held in the period, by setting (school or community).",
                    "events"),
            new Measure(
                    REACH,
                    2,
                    "Reach of preventive events",
                    "People who attended preventive events held in the period, by audience.",
                    "people"));

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
        return countAll(List.of(measureCode), List.of(new MeasurePeriod(from, toExclusive)))
                .get(measureCode)
                .get(0);
    }

    /**
     * The measures asked for, each for every period asked, with one statement: each measure's query is evaluated once
     * per period ({@code :from}/{@code :to} become the columns of a relation of periods), and the queries are joined
     * with {@code UNION ALL}. Engagement's records are few and read by date, and one of them (resource views) is
     * written on every public page view, so its counts are not kept between views (ADR 0020): they are counted on
     * every view, current by construction.
     */
    @Override
    public Map<String, List<List<Count>>> countAll(List<String> measureCodes, List<MeasurePeriod> periods) {
        List<String> codes = measureCodes.stream().distinct().toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            parts.add("SELECT " + i + " AS measure, measure_period.idx, m.area_id, m.category, m.n"
                    + " FROM measure_period CROSS JOIN LATERAL ("
                    + PERIOD.matcher(sql(codes.get(i))).replaceAll("measure_period.$1_day") + ") m");
        }
        List<List<List<Count>>> counted = new ArrayList<>();
        codes.forEach(code -> {
            List<List<Count>> perPeriod = new ArrayList<>();
            periods.forEach(p -> perPeriod.add(new ArrayList<>()));
            counted.add(perPeriod);
        });
        jdbc.sql("WITH measure_period AS MATERIALIZED (SELECT p.idx, p.from_day, p.to_day"
                        + " FROM unnest(CAST(:from_days AS date[]), CAST(:to_days AS date[]))"
                        + " WITH ORDINALITY AS p (from_day, to_day, idx)) "
                        + String.join(" UNION ALL ", parts))
                .param(
                        "from_days",
                        periods.stream().map(p -> p.from().toString()).toArray(String[]::new))
                .param(
                        "to_days",
                        periods.stream().map(p -> p.toExclusive().toString()).toArray(String[]::new))
                .query((rs, n) -> counted.get(rs.getInt("measure"))
                        .get(rs.getInt("idx") - 1)
                        .add(new Count((Long) rs.getObject("area_id"), rs.getString("category"), rs.getLong("n"))))
                .list();
        Map<String, List<List<Count>>> all = new LinkedHashMap<>();
        measureCodes.forEach(code -> all.put(code, counted.get(codes.indexOf(code))));
        return all;
    }

    /** The query counting one measure for the period {@code :from} to {@code :to} (dates, Europe/London). */
    private static String sql(String measureCode) {
        return switch (measureCode) {
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
            case SURVEY_ANSWERS -> """
                    SELECT r.area_id, a.question_code || ':' || CASE WHEN a.answer >= 4 THEN 'AGREE'
                               WHEN a.answer = 3 THEN 'NEITHER' ELSE 'DISAGREE' END AS category, count(*) AS n
                      FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                     WHERE r.answered_on >= :from AND r.answered_on < :to
                     GROUP BY 1, 2""";
            case PEOPLE_TRAINED -> """
                    SELECT s.area_id, s.course_code AS category, sum(t.attended) AS n
                      FROM training_attendance t JOIN training_session s ON s.id = t.session_id
                     WHERE s.held_on >= :from AND s.held_on < :to
                     GROUP BY 1, 2""";
            case HEADCOUNT -> """
                    SELECT h.area_id, '' AS category, sum(h.headcount) AS n FROM workforce_headcount h
                     WHERE h.as_of = (SELECT max(as_of) FROM workforce_headcount x WHERE x.agency_id = h.agency_id
                                         AND x.area_id = h.area_id AND x.as_of < :to)
                     GROUP BY h.area_id""";
            case EVENTS -> """
                    SELECT area_id, setting AS category, count(*) AS n FROM preventive_event
                     WHERE held_on >= :from AND held_on < :to GROUP BY 1, 2""";
            case REACH -> """
                    SELECT area_id, audience AS category, sum(attendance) AS n FROM preventive_event
                     WHERE held_on >= :from AND held_on < :to GROUP BY 1, 2""";
            default -> throw new IllegalArgumentException("not an engagement measure: " + measureCode);
        };
    }
}
