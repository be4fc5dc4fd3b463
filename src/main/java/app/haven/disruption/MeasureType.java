package app.haven.disruption;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A kind of disruption measure from the catalogue (table {@code disruption_measure_type}): its legal basis, whether the
 * law requires it to end on a date, the longest period the law allows (months or days), and whom it may be against.
 */
record MeasureType(
        String code,
        String label,
        String legalBasis,
        boolean requiresExpiry,
        Optional<Integer> maxMonths,
        Optional<Integer> maxDays,
        boolean forPerson,
        boolean forLocation) {

    /** The latest expiry the law allows for a measure issued on this day, if it sets one. */
    Optional<LocalDate> latestExpiry(LocalDate issuedOn) {
        return maxMonths.map(issuedOn::plusMonths).or(() -> maxDays.map(issuedOn::plusDays));
    }

    /** "6 months", "2 days": the longest period, in words. */
    Optional<String> longestPeriod() {
        return maxMonths.map(m -> plural(m, "month")).or(() -> maxDays.map(d -> plural(d, "day")));
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
