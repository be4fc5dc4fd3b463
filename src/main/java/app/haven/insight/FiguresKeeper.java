package app.haven.insight;

import app.haven.platform.MeasurePeriod;
import app.haven.platform.MeasureSource;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the board's figures ready so that no viewer waits for a count (ADR 0016). Once after start-up it counts every
 * measure for every period the pages offer that its source has not kept yet (after an upgrade, once; after a restart,
 * nothing), on a thread of its own; then every minute it asks each source to count again whatever writes have touched
 * since. Either way a page always shows current figures: a source counts a changed period itself when a viewer gets
 * there first.
 */
@Component
class FiguresKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(FiguresKeeper.class);

    private final List<MeasureSource> sources;
    private final Measures measures;
    private final InsightFilter filter;
    private final boolean countAhead;

    FiguresKeeper(
            List<MeasureSource> sources,
            Measures measures,
            InsightFilter filter,
            @Value("${haven.insight.count-ahead:true}") boolean countAhead) {
        this.sources = sources;
        this.measures = measures;
        this.filter = filter;
        this.countAhead = countAhead;
    }

    @EventListener(ApplicationReadyEvent.class)
    void countAheadOnceStarted() {
        if (countAhead) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            countOfferedPeriods();
                        } catch (RuntimeException e) {
                            LOG.warn("Counting the board's figures ahead stopped; pages count what they show", e);
                        }
                    },
                    "insight-count-ahead");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Counts (or finds kept) every measure for each period the pages offer and the year before the oldest: each
     * measure's periods together, so a source counts all of them in one pass over its records (ADR 0020).
     */
    int countOfferedPeriods() {
        List<MeasurePeriod> periods =
                offeredPeriods().stream().map(Period::measured).toList();
        int counted = 0;
        for (Measures.Sourced measure : measures.all()) {
            measure.source().countEach(measure.code(), periods);
            counted += periods.size();
        }
        return counted;
    }

    @Scheduled(
            fixedDelayString = "${haven.insight.recount-every:PT1M}",
            initialDelayString = "${haven.insight.recount-every:PT1M}")
    void recountChanged() {
        sources.forEach(MeasureSource::recountChanged);
    }

    private List<Period> offeredPeriods() {
        List<Period> periods = new ArrayList<>();
        filter.periodOptions().forEach(o -> Period.parse(o.value()).ifPresent(periods::add));
        Period oldestYear = periods.get(periods.size() - 1).financialYear();
        periods.add(oldestYear.previous());
        return periods;
    }
}
