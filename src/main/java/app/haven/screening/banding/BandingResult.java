package app.haven.screening.banding;

import java.util.List;

/**
 * The band a screening gives and why: each reason names the rule and the indicators that produced it, in words a
 * practitioner (and the child's family) can follow. {@code notKnown} lists the indicators answered "not known".
 */
public record BandingResult(Band band, List<String> reasons, List<String> notKnown, int points) {

    public BandingResult {
        reasons = List.copyOf(reasons);
        notKnown = List.copyOf(notKnown);
    }
}
