package app.haven.missing;

import java.time.Instant;
import java.util.Optional;

/** How an episode ended: when, where the child was found and with whom, how they returned, harm or crime. */
record EpisodeReturn(
        Instant endedAt,
        Optional<String> whereFound,
        Optional<String> foundWith,
        Optional<String> howReturned,
        Optional<String> harmOrCrime,
        int version) {}
