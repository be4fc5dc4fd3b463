package app.haven.cases;

import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;

/**
 * What the register shows: an area (empty for every area the user may see), a band, a lead professional ("me" or
 * a user id), a model of exploitation, an age group, a flag, the order and the page. Unknown values are ignored, so
 * a hand-typed address never fails.
 */
public record RegisterFilter(
        String area, String band, String lead, String model, String age, String flag, String sort, int page) {

    static final int PAGE_SIZE = 50;

    static final List<Option> SORTS = List.of(
            new Option("review", "Next review, soonest first"),
            new Option("band", "Band, highest first"),
            new Option("age", "Age, youngest first"),
            new Option("screened", "Last screening, oldest first"),
            new Option("opened", "Put on the register, newest first"),
            new Option("lead", "Lead professional, A to Z"),
            new Option("missing", "Missing episodes (90 days), most first"));

    static final List<Option> AGES = List.of(
            new Option("", "Any age"),
            new Option("under13", "12 or under"),
            new Option("13to15", "13 to 15"),
            new Option("16to17", "16 or 17"));

    static final List<Option> BANDS = List.of(
            new Option("", "Any band"),
            new Option("3", "High (or equivalent)"),
            new Option("2", "Medium (or equivalent)"),
            new Option("1", "Low (or equivalent)"),
            new Option("0", "No apparent risk"),
            new Option("none", "Not screened"));

    static final List<Option> FLAGS = List.of(
            new Option("", "Any"),
            new Option("review-overdue", "Review overdue"),
            new Option("meeting-due", "Planning meeting not yet held"),
            new Option("no-child-view", "Child's view not in the plan"),
            new Option("transition", "Transition to adult services"),
            new Option("child-protection", "Child protection trigger"),
            new Option("closure-pending", "Closure awaiting approval"),
            new Option("missing-now", "Missing now"),
            new Option("missing-30", "Missing in the last 30 days"),
            new Option("missing-90", "Missing in the last 90 days"));

    public RegisterFilter {
        area = clean(area);
        band = known(BANDS, band);
        lead = lead == null || !(lead.equals("me") || lead.matches("[0-9]{1,18}")) ? "" : lead;
        model = model == null || !model.matches("[A-Z_]{2,40}") ? "" : model;
        age = known(AGES, age);
        flag = known(FLAGS, flag);
        sort = known(SORTS, sort).isEmpty() ? "review" : sort;
        page = Math.max(1, Math.min(page, 100_000));
    }

    Optional<Long> areaId() {
        return area.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(area)) : Optional.empty();
    }

    RegisterFilter withArea(String chosen) {
        return new RegisterFilter(chosen, band, lead, model, age, flag, sort, page);
    }

    /** The register's address with this view's filters and order, for links to its other pages. */
    public String basePath() {
        StringBuilder query = new StringBuilder("/register?area=" + area);
        append(query, "band", band);
        append(query, "lead", lead);
        append(query, "model", model);
        append(query, "age", age);
        append(query, "flag", flag);
        append(query, "sort", sort);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!value.isEmpty()) {
            query.append('&').append(name).append('=').append(value);
        }
    }

    private static String known(List<Option> options, String value) {
        return value != null && options.stream().anyMatch(o -> o.value().equals(value)) ? value : "";
    }

    private static String clean(String value) {
        return value == null || !(value.isEmpty() || value.matches("[0-9]{1,18}")) ? "" : value;
    }
}
