package app.haven.insight;

import app.haven.platform.MeasureSource.Count;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A measure's counts for a period, as its source counts them now. Sources keep their counts between views and count
 * again only what a write has touched since (ADR 0016), so the figures are current when the page is drawn: "figures
 * as at" is that moment.
 */
@Component
class CountedFigures {

    /** A measure's counts for one period and when they were read. */
    record Counted(List<Count> counts, Instant asAt) {}

    private final Clock clock;

    CountedFigures(Clock clock) {
        this.clock = clock;
    }

    Counted of(Measures.Sourced measure, Period period) {
        return new Counted(
                measure.source().count(measure.code(), period.from(), period.toExclusive()), clock.instant());
    }
}
