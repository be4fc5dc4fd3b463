package app.haven.disruption;

import java.time.LocalDate;
import java.util.Optional;

/** A behaviour-change intervention as a page shows it. */
public record InterventionView(
        long id,
        String programme,
        LocalDate offeredOn,
        Optional<LocalDate> attendedOn,
        Optional<LocalDate> completedOn) {

    public String stage() {
        return completedOn.isPresent() ? "Completed" : attendedOn.isPresent() ? "Attended" : "Offered";
    }
}
