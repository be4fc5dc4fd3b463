package app.haven.missing;

import java.util.List;

/** An episode or its return broke the statutory rules, or was changed by someone else first; nothing was saved. */
final class EpisodeRefused extends RuntimeException {

    private final transient List<EpisodeRules.Breach> breaches;

    EpisodeRefused(List<EpisodeRules.Breach> breaches) {
        super(breaches.toString());
        this.breaches = List.copyOf(breaches);
    }

    List<EpisodeRules.Breach> breaches() {
        return breaches;
    }
}
