package app.haven.disruption;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A measure as its pages show it, once the user may see it (its subject and every child it protects). */
public record MeasureView(
        long id,
        String typeCode,
        String typeLabel,
        String legalBasis,
        long subjectId,
        String subjectLabel,
        LocalDate issuedOn,
        String agencyName,
        String officerName,
        Optional<String> conditions,
        Optional<LocalDate> expiresOn,
        Optional<LocalDate> endedOn,
        Optional<String> endReason,
        int version,
        List<Named> children,
        List<BreachView> breaches) {

    /** A child (or other record) shown by name. */
    public record Named(long id, String name) {}

    public record BreachView(long id, LocalDate occurredOn, String what, String actionTaken) {}

    public String reference() {
        return "M-" + id;
    }

    public List<Long> childIds() {
        return children.stream().map(Named::id).toList();
    }

    public boolean live(LocalDate today) {
        return endedOn.isEmpty() && expiresOn.map(e -> !e.isBefore(today)).orElse(true);
    }

    /** "Active", "Expired" or "Ended", by today's date in London. */
    public String status(LocalDate today) {
        if (endedOn.isPresent()) {
            return "Ended";
        }
        return live(today) ? "Active" : "Expired";
    }
}
