package app.haven.insight;

import java.util.List;
import java.util.OptionalLong;
import org.springframework.web.util.HtmlUtils;

/**
 * A bar chart drawn on the server as SVG: no script, readable at 375px (it scales), with a title and description for
 * screen readers, and always shown beside the table of the same values, which is the accessible version. A hidden
 * ("c") figure draws no bar and is labelled "c".
 */
final class BarChart {

    private static final int WIDTH = 320;
    private static final int BAR_AREA = 150;
    private static final int TOP = 20;

    private BarChart() {}

    /** One bar: its label and its value as shown, empty when it is hidden. */
    record Bar(String label, OptionalLong value) {
        static Bar of(String label, String shown) {
            return new Bar(
                    label, shown.matches("[0-9]+") ? OptionalLong.of(Long.parseLong(shown)) : OptionalLong.empty());
        }
    }

    static String svg(String id, String title, List<Bar> bars) {
        long max = Math.max(
                1, bars.stream().mapToLong(b -> b.value().orElse(0)).max().orElse(1));
        int slot = bars.isEmpty() ? WIDTH : WIDTH / bars.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"haven-chart\" id=\"")
                .append(id)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(TOP + BAR_AREA + 40)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">");
        bars.forEach(
                b -> svg.append(escape(b.label())).append(": ").append(shown(b)).append(". "));
        svg.append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int height = (int) (BAR_AREA * bar.value().orElse(0) / max);
            int x = i * slot + slot / 6;
            int width = slot * 2 / 3;
            if (bar.value().isPresent()) {
                svg.append("<rect x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(TOP + BAR_AREA - height)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(height)
                        .append("\" fill=\"#1d70b8\"/>");
            }
            svg.append(text(x + width / 2, TOP + BAR_AREA - height - 4, shown(bar)));
            svg.append(text(x + width / 2, TOP + BAR_AREA + 16, shortLabel(bar.label())));
        }
        return svg.append("</svg>").toString();
    }

    private static String text(int x, int y, String words) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\" font-size=\"11\" fill=\"#0b0c0c\">"
                + escape(words) + "</text>";
    }

    private static String shown(Bar bar) {
        return bar.value().isPresent() ? String.valueOf(bar.value().getAsLong()) : DisclosureControl.SUPPRESSED;
    }

    private static String shortLabel(String label) {
        return label.length() > 12 ? label.substring(0, 11) + "…" : label;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
