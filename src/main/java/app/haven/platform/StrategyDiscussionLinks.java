package app.haven.platform;

import java.util.Optional;

/**
 * Where the strategy discussion a screening asked for is kept, so the screening's result can link to it without the
 * screening module knowing the module that holds discussions (meetings provides it).
 */
public interface StrategyDiscussionLinks {

    /** A path within Haven to the discussion the screening asked for, or empty when there is none (yet). */
    Optional<String> forScreening(long screeningId);
}
