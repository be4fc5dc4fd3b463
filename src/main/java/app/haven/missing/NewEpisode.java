package app.haven.missing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A missing episode as reported (with its return, when the child is back by the time it is recorded): checked by the
 * form, then by the statutory rules when it is saved.
 */
record NewEpisode(
        String category,
        String reportedBy,
        Instant reportedAt,
        Optional<String> policeReference,
        Instant startedAt,
        Optional<Instant> endedAt,
        String riskGrade,
        String riskReason,
        String gradedBy,
        List<String> places,
        List<String> people) {}
