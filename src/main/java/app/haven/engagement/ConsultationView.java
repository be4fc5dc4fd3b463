package app.haven.engagement;

import java.time.LocalDate;
import java.util.Optional;

/** A survivor consultation as its list shows it: anonymised, an age band, never a name. */
public record ConsultationView(
        String areaName, LocalDate heldOn, String ageBand, Optional<String> prevention, Optional<String> disruption) {

    public String ageBandLabel() {
        return EngagementChoices.label(SurvivorConsultations.AGE_BANDS, ageBand);
    }
}
