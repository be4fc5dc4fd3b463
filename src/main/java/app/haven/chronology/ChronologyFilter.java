package app.haven.chronology;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The timeline's filters as typed. They travel in the query string: ids, codes and dates only, never personal data.
 */
public record ChronologyFilter(
        String agency, List<String> type, DateParts from, DateParts to, String significant, String order) {

    public ChronologyFilter {
        agency = agency == null ? "" : agency.strip();
        type = type == null
                ? List.of()
                : type.stream().filter(t -> t.matches("[a-z]+\\.[a-z-]+")).toList();
        from = from == null ? DateParts.empty() : from;
        to = to == null ? DateParts.empty() : to;
        significant = significant == null ? "" : significant.strip();
        order = "oldest".equals(order) ? "oldest" : "newest";
    }

    FormErrors validate() {
        FormErrors.Builder errors = FormErrors.builder();
        if (!agency.isEmpty() && !agency.matches("\\d{1,12}")) {
            errors.field("agency", "Select an agency from the list");
        }
        if (!from.isBlank() && from.toDate().isEmpty()) {
            errors.date("from", "Date from must be a real date, like 27 3 2026");
        }
        if (!to.isBlank() && to.toDate().isEmpty()) {
            errors.date("to", "Date to must be a real date, like 28 3 2026");
        }
        if (from.toDate().isPresent()
                && to.toDate().isPresent()
                && to.toDate().get().isBefore(from.toDate().get())) {
            errors.date("to", "Date to must be the same as or after date from");
        }
        return errors.build();
    }

    Optional<Long> agencyId() {
        return agency.matches("\\d{1,12}") ? Optional.of(Long.parseLong(agency)) : Optional.empty();
    }

    Optional<LocalDate> fromDate() {
        return from.toDate();
    }

    Optional<LocalDate> toDate() {
        return to.toDate();
    }

    public boolean significantOnly() {
        return !significant.isEmpty();
    }

    boolean oldestFirst() {
        return order.equals("oldest");
    }

    /** No filtering at all: what the page shows when the filters were wrong. */
    static ChronologyFilter none(String order) {
        return new ChronologyFilter("", List.of(), DateParts.empty(), DateParts.empty(), "", order);
    }

    /** The filters as a query string (for pagination, print and the significance toggle's return). */
    public String query() {
        StringBuilder q = new StringBuilder("?order=").append(order);
        if (!agency.isEmpty()) {
            q.append("&agency=").append(agency);
        }
        type.forEach(t -> q.append("&type=").append(t));
        append(q, "from", from);
        append(q, "to", to);
        if (significantOnly()) {
            q.append("&significant=yes");
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, DateParts date) {
        if (date.toDate().isPresent()) {
            LocalDate d = date.toDate().get();
            q.append('&').append(name).append(".day=").append(d.getDayOfMonth());
            q.append('&').append(name).append(".month=").append(d.getMonthValue());
            q.append('&').append(name).append(".year=").append(d.getYear());
        }
    }
}
