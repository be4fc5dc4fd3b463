package app.haven.referrals;

import app.haven.platform.ChildTimelineEvent;
import java.util.Optional;

/** An event of the referrals module on the child's chronology: recorded by a user of an agency, with a link. */
public interface ReferralsTimelineEvent extends ChildTimelineEvent {

    long userId();

    long agencyId();

    String path();

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
        return Optional.of(path());
    }
}
