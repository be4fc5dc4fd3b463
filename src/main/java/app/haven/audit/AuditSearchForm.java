package app.haven.audit;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit search filters as typed, kept as text so they come back to the user when something is wrong.
 * They travel in the query string: ids and dates only, never personal data.
 */
public record AuditSearchForm(String userId, String action, String childId, DateParts from, DateParts to) {

    public AuditSearchForm {
        userId = userId == null ? "" : userId.strip();
        action = action == null ? "" : action.strip();
        childId = childId == null ? "" : childId.strip();
        from = from == null ? DateParts.empty() : from;
        to = to == null ? DateParts.empty() : to;
    }

    FormErrors validate() {
        FormErrors.Builder errors = FormErrors.builder();
        if (!userId.isEmpty() && id(userId).isEmpty()) {
            errors.field("userId", "User ID must be a whole number, like 42");
        }
        if (!action.isEmpty() && AuditAction.fromCode(action).isEmpty()) {
            errors.field("action", "Select an action from the list");
        }
        if (!childId.isEmpty() && id(childId).isEmpty()) {
            errors.field("childId", "Child ID must be a whole number, like 42");
        }
        if (!from.isBlank() && from.toDate().isEmpty()) {
            errors.date("from", "Date from must be a real date, like 27 3 2025");
        }
        if (!to.isBlank() && to.toDate().isEmpty()) {
            errors.date("to", "Date to must be a real date, like 27 3 2025");
        }
        if (from.toDate().isPresent()
                && to.toDate().isPresent()
                && to.toDate().get().isBefore(from.toDate().get())) {
            errors.date("to", "Date to must be the same as or after date from");
        }
        return errors.build();
    }

    /** The search, for a form that {@link #validate() validated}. Dates are whole days in UK local time. */
    AuditSearch toSearch() {
        return new AuditSearch(
                id(userId),
                AuditAction.fromCode(action),
                id(childId),
                from.toDate().map(day -> day.atStartOfDay(AuditTimes.UK).toInstant()),
                to.toDate()
                        .map(day -> day.plusDays(1))
                        .map(day -> day.atStartOfDay(AuditTimes.UK).toInstant()));
    }

    /** This search as a URL-encoded path, for the pagination links. */
    String path(String base) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
        add(uri, "userId", userId);
        add(uri, "action", action);
        add(uri, "childId", childId);
        add(uri, "from.day", from.day());
        add(uri, "from.month", from.month());
        add(uri, "from.year", from.year());
        add(uri, "to.day", to.day());
        add(uri, "to.month", to.month());
        add(uri, "to.year", to.year());
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }

    private static Optional<Long> id(String text) {
        if (!text.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
