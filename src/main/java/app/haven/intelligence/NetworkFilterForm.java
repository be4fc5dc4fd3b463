package app.haven.intelligence;

import app.haven.intelligence.network.GradeRank;
import app.haven.intelligence.network.LinkFilter;
import app.haven.intelligence.network.LinkType;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The network page's filters as typed in its address: hops (1–3), link types, a date range (yyyy-mm-dd) and a
 * minimum grading such as 2B. Anything unreadable is named in the error summary and the default used instead.
 */
public record NetworkFilterForm(String hops, List<String> types, String from, String to, String grade) {

    static final List<Option> GRADES = grades();

    public NetworkFilterForm {
        hops = hops == null || hops.isBlank() ? "2" : hops;
        types = types == null ? List.of() : List.copyOf(types);
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
        grade = grade == null ? "" : grade.strip();
    }

    int hopCount(FormErrors.Builder errors) {
        if (!List.of("1", "2", "3").contains(hops)) {
            errors.field("hops", "Choose 1, 2 or 3 hops");
            return 2;
        }
        return Integer.parseInt(hops);
    }

    LinkFilter filter(FormErrors.Builder errors) {
        List<LinkType> chosen = new ArrayList<>();
        for (String type : types) {
            try {
                chosen.add(LinkType.valueOf(type));
            } catch (IllegalArgumentException unknown) {
                errors.field("types", "Choose link types from the list");
            }
        }
        int mask = chosen.isEmpty() ? LinkType.ALL : LinkType.maskOf(chosen);
        int fromDay = day(from, "from", errors).orElse(Integer.MIN_VALUE);
        int toDay = day(to, "to", errors).orElse(Integer.MAX_VALUE);
        if (fromDay != Integer.MIN_VALUE && toDay != Integer.MAX_VALUE && toDay < fromDay) {
            errors.field("to", "The end of the period must be on or after its start");
            toDay = Integer.MAX_VALUE;
        }
        int minimum = GRADES.stream().anyMatch(o -> o.value().equals(grade)) ? rank(grade) : GradeRank.UNGRADED;
        return new LinkFilter(mask, fromDay, toDay, minimum);
    }

    /** The filters as a query string, for the export links. */
    public String query() {
        StringBuilder q = new StringBuilder("hops=").append(hops);
        types.forEach(t -> q.append("&types=").append(t));
        if (!from.isEmpty()) {
            q.append("&from=").append(from);
        }
        if (!to.isEmpty()) {
            q.append("&to=").append(to);
        }
        if (!grade.isEmpty()) {
            q.append("&grade=").append(grade);
        }
        return q.toString();
    }

    private static Optional<Integer> day(String text, String field, FormErrors.Builder errors) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of((int) LocalDate.parse(text).toEpochDay());
        } catch (DateTimeParseException e) {
            errors.field(field, "Enter the date as year-month-day, like 2026-03-27");
            return Optional.empty();
        }
    }

    private static int rank(String grade) {
        return grade.isEmpty() ? GradeRank.UNGRADED : GradeRank.of(grade.charAt(0) - '0', grade.charAt(1) - 'A');
    }

    private static List<Option> grades() {
        List<Option> grades = new ArrayList<>();
        grades.add(new Option("", "Any grading, ungraded links too"));
        for (int source = 1; source <= 3; source++) {
            for (char assessment = 'A'; assessment <= 'E'; assessment++) {
                String g = source + String.valueOf(assessment);
                grades.add(new Option(g, g + " or better"));
            }
        }
        return grades;
    }
}
