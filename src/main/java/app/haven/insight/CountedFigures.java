package app.haven.insight;

import app.haven.platform.MeasureSource.Count;
import app.haven.platform.Remembered;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A measure's counts for a period, as its source counted them, kept for the partnership's minutes (10) so that the
 * board's dashboard does not count ten years of records on every view (ADR 0016). Each page says when its figures
 * were counted ("figures as at"); a period that has ended changes only when records are corrected, and a current one
 * shows what was recorded up to that time.
 */
@Component
class CountedFigures {

    /** A measure's counts for one period and when they were counted. */
    record Counted(List<Count> counts, Instant asAt) {}

    private record Key(String code, Period period) {}

    private final Map<Key, Remembered<Counted>> kept = new ConcurrentHashMap<>();
    private final InsightSettings settings;
    private final Clock clock;

    CountedFigures(InsightSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Counted of(Measures.Sourced measure, Period period) {
        if (kept.size() > 20_000) {
            kept.clear();
        }
        return kept.computeIfAbsent(
                        new Key(measure.code(), period),
                        key -> new Remembered<>(
                                settings.current().keep(),
                                () -> new Counted(
                                        measure.source().count(measure.code(), period.from(), period.toExclusive()),
                                        clock.instant())))
                .get();
    }

    /** Counts everything again on the next view (after a correction, or by an administrator). */
    void forgetAll() {
        kept.clear();
    }
}
