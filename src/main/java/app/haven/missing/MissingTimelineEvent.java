package app.haven.missing;

import app.haven.platform.ChildTimelineEvent;
import java.util.Optional;

/** A missing event on the child's chronology: recorded by a user of an agency, linking to the episode. */
public interface MissingTimelineEvent extends ChildTimelineEvent {

    long episodeId();

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
        return Optional.of("/missing-episodes/" + episodeId());
    }
}
