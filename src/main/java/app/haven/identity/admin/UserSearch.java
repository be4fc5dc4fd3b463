package app.haven.identity.admin;

import java.util.Optional;

/**
 * What the users list is filtered by, as the query string carries it. Everything is text and read leniently:
 * a hand-edited URL gives a wider list, never an error page.
 */
public record UserSearch(String q, String agency, String status, String page) {

    String text() {
        return q == null ? "" : q.strip().substring(0, Math.min(q.strip().length(), 254));
    }

    public Optional<Long> agencyId() {
        return FieldProblems.id(agency);
    }

    /** "active", "disabled", or empty for both. */
    public String statusFilter() {
        return "active".equals(status) || "disabled".equals(status) ? status : "";
    }

    int pageNumber() {
        return FieldProblems.id(page)
                .filter(n -> n > 0 && n < 100_000)
                .map(Long::intValue)
                .orElse(1);
    }
}
