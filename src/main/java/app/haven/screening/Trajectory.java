package app.haven.screening;

import app.haven.screening.banding.Indicator;
import app.haven.screening.banding.ToolDefinition;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evidencing change: a child's screenings side by side, which indicators appeared or went since the previous
 * screening with the same tool, and a small chart of the band over time (server-rendered SVG beside a table).
 */
public final class Trajectory {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    private Trajectory() {}

    static List<TrajectoryRow> rows(
            List<ScreeningRecord> screenings,
            ScreeningTools tools,
            java.util.function.LongFunction<java.util.Optional<OverrideView>> standing) {
        List<TrajectoryRow> rows = new ArrayList<>();
        ScreeningRecord previous = null;
        for (ScreeningRecord s : screenings) {
            ToolDefinition tool = tools.get(s.toolId(), s.toolVersion()).orElseThrow();
            Map<String, Indicator> indicators = tool.indicatorsById();
            Set<String> now = present(s);
            List<String> appeared = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            if (previous != null && previous.toolId().equals(s.toolId())) {
                Set<String> before = present(previous);
                now.stream().filter(id -> !before.contains(id)).forEach(id -> appeared.add(wording(indicators, id)));
                before.stream().filter(id -> !now.contains(id)).forEach(id -> gone.add(wording(indicators, id)));
            }
            rows.add(new TrajectoryRow(
                    s.id(),
                    s.screeningDate().map(DATE::format).orElse("Not recorded"),
                    tool.name() + " v" + tool.version(),
                    standing.apply(s.id())
                            .map(o -> o.band() + " (professional judgement; computed "
                                    + s.bandLabel().orElse("") + ")")
                            .orElse(s.bandLabel().orElse("")),
                    standing.apply(s.id()).map(o -> rank(tool, o.band())).orElse(s.bandRank()),
                    s.points(),
                    appeared,
                    gone,
                    !s.triggers().isEmpty()));
            previous = s;
        }
        return rows;
    }

    /** An SVG line of band rank (0 to 3) over the screenings; the table beside it carries the same facts. */
    public static String chart(List<TrajectoryRow> rows) {
        int width = 480;
        int height = 160;
        int step = rows.size() > 1 ? (width - 60) / (rows.size() - 1) : 0;
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            int x = 40 + i * step;
            int y = 130 - rows.get(i).rank() * 35;
            points.append(x).append(',').append(y).append(' ');
            dots.append("<circle cx=\"")
                    .append(x)
                    .append("\" cy=\"")
                    .append(y)
                    .append("\" r=\"5\" class=\"haven-chart__dot\"/>");
        }
        StringBuilder axis = new StringBuilder();
        String[] labels = {"None", "Low", "Medium", "High"};
        for (int rank = 0; rank < 4; rank++) {
            int y = 130 - rank * 35;
            axis.append("<line x1=\"35\" x2=\"")
                    .append(width - 10)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\" class=\"haven-chart__grid\"/>")
                    .append("<text x=\"0\" y=\"")
                    .append(y + 4)
                    .append("\" class=\"haven-chart__label\">")
                    .append(labels[rank])
                    .append("</text>");
        }
        return "<svg viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-labelledby=\"trajectory-title\""
                + " class=\"haven-chart\"><title id=\"trajectory-title\">Band at each screening, oldest first: "
                + rows.stream().map(r -> r.date() + " " + r.band()).collect(Collectors.joining(", "))
                + "</title>" + axis + "<polyline points=\"" + points.toString().strip()
                + "\" class=\"haven-chart__line\"/>" + dots + "</svg>";
    }

    private static int rank(ToolDefinition tool, String label) {
        return tool.bands().stream()
                .filter(b -> b.label().equals(label))
                .findFirst()
                .map(b -> b.rank())
                .orElse(0);
    }

    private static Set<String> present(ScreeningRecord s) {
        return s.form().answers().entrySet().stream()
                .filter(e -> e.getValue().answer().equals("PRESENT"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String wording(Map<String, Indicator> indicators, String id) {
        Indicator indicator = indicators.get(id);
        return indicator == null ? id : indicator.wording();
    }
}
