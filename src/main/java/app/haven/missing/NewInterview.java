package app.haven.missing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A return home interview as recorded, checked by its form. */
record NewInterview(
        String outcome,
        Instant offeredAt,
        Optional<Instant> heldAt,
        Optional<String> reasonNotHeld,
        Optional<String> whereAndWithWhom,
        Optional<String> howTravelled,
        Optional<String> harm,
        Optional<String> whatWouldHelp,
        Optional<String> childWords,
        List<String> factors,
        Optional<String> lateReason,
        Optional<Disclosure> disclosure) {

    /** What the child disclosed, about whom (as they described them), and whether it went to the police. */
    record Disclosure(String what, Optional<String> about, boolean passedToPolice) {}

    boolean held() {
        return heldAt.isPresent();
    }
}
