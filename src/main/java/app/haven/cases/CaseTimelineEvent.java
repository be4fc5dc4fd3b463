package app.haven.cases;

import app.haven.platform.ChildTimelineEvent;
import java.util.Optional;

/** A case event on the child's chronology: recorded by a user of an agency, linking to the case. */
public interface CaseTimelineEvent extends ChildTimelineEvent {

    long caseId();

    long userId();

    long agencyId();

    @Override
    default Optional<Long> recordedByUser() {
        return Optional.of(userId());
    }

    @Override
    default Optional<Long> recordedByAgency() {
        return Optional.of(agencyId());
    }

    @Override
    default Optional<String> link() {
        return Optional.of("/cases/" + caseId());
    }
}
