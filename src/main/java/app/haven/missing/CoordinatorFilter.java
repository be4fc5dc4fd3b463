package app.haven.missing;

import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;

/**
 * What the missing coordinator's view shows: an area, which episodes (open, interview due or overdue, repeat
 * missing, or every recent one), a category, a police risk grade, the order and the page. Unknown values are
 * ignored, so a hand-typed address never fails.
 */
public record CoordinatorFilter(String area, String show, String category, String risk, String sort, int page) {

    static final int PAGE_SIZE = 50;

    static final List<Option> SHOWS = List.of(
            new Option("open", "Missing now"),
            new Option("interview-due", "Return home interview due"),
            new Option("interview-overdue", "Return home interview overdue"),
            new Option("repeat", "Repeat missing (episodes in the last 90 days)"),
            new Option("recent", "Every episode in the last 90 days"));

    static final List<Option> SORTS = List.of(
            new Option("started", "Started, newest first"),
            new Option("due", "Interview due, soonest first"),
            new Option("risk", "Police risk, highest first"));

    public CoordinatorFilter {
        area = area == null || !(area.isEmpty() || area.matches("[0-9]{1,18}")) ? "" : area;
        show = known(SHOWS, show).isEmpty() ? "open" : show;
        category = known(MissingChoices.CATEGORIES, category);
        risk = known(MissingChoices.GRADES, risk);
        sort = known(SORTS, sort).isEmpty() ? "started" : sort;
        page = Math.max(1, Math.min(page, 100_000));
    }

    Optional<Long> areaId() {
        return area.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(area));
    }

    /** The view's address with these filters and order, for its pages and its CSV export. */
    public String basePath(String path) {
        StringBuilder query = new StringBuilder(path + "?area=" + area + "&show=" + show);
        if (!category.isEmpty()) {
            query.append("&category=").append(category);
        }
        if (!risk.isEmpty()) {
            query.append("&risk=").append(risk);
        }
        return query.append("&sort=").append(sort).toString();
    }

    private static String known(List<Option> options, String value) {
        return value != null && options.stream().anyMatch(o -> o.value().equals(value)) ? value : "";
    }
}
