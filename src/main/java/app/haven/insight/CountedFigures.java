package app.haven.insight;

import app.haven.platform.MeasureSource;
import app.haven.platform.MeasureSource.Count;
import app.haven.platform.MeasuresTogether;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A measure's counts for a period, as its source counts them now. Sources keep their counts between views and count
 * again only what a write has touched since (ADR 0016), so the figures are current when the page is drawn: "figures
 * as at" is that moment. Within one request a measure's figures for a period are read once, however many tables show
 * them, and a measure's periods are read together (ADR 0020).
 */
@Component
class CountedFigures {

    /** A measure's counts for one period and when they were read. */
    record Counted(List<Count> counts, Instant asAt) {}

    private static final String READ_THIS_REQUEST = CountedFigures.class.getName() + ".read";

    private final Clock clock;

    CountedFigures(Clock clock) {
        this.clock = clock;
    }

    Counted of(Measures.Sourced measure, Period period) {
        return of(measure, List.of(period)).get(0);
    }

    /** The measure's counts for each period, in the order asked; those not read yet in this request in one call. */
    List<Counted> of(Measures.Sourced measure, List<Period> periods) {
        read(List.of(measure), periods);
        Map<String, List<Count>> read = readThisRequest();
        Instant asAt = clock.instant();
        return periods.stream()
                .map(p -> new Counted(read.get(key(measure, p)), asAt))
                .toList();
    }

    /**
     * Reads, for this request, the measures' counts for each of the periods not read yet: every module's kept counts
     * with one query, whatever a write has touched counted again (ADR 0020). A page calls this first with every
     * figure it shows, then takes them one by one.
     */
    void read(List<Measures.Sourced> measures, List<Period> periods) {
        Map<String, List<Count>> read = readThisRequest();
        Map<String, MeasureSource> unread = new LinkedHashMap<>();
        Set<Period> unreadPeriods = new LinkedHashSet<>();
        for (Measures.Sourced measure : measures) {
            for (Period period : periods) {
                if (!read.containsKey(key(measure, period))) {
                    unread.put(measure.code(), measure.source());
                    unreadPeriods.add(period);
                }
            }
        }
        if (unread.isEmpty()) {
            return;
        }
        List<Period> asked = List.copyOf(unreadPeriods);
        MeasuresTogether.count(unread, asked.stream().map(Period::measured).toList())
                .forEach((code, counted) -> {
                    for (int i = 0; i < asked.size(); i++) {
                        read.putIfAbsent(key(code, asked.get(i)), counted.get(i));
                    }
                });
    }

    private static String key(Measures.Sourced measure, Period period) {
        return key(measure.code(), period);
    }

    private static String key(String code, Period period) {
        return code + "@" + period.code();
    }

    /** What this request has read so far (nothing is remembered outside a request). */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Count>> readThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object read = request.getAttribute(READ_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = new HashMap<String, List<Count>>();
            request.setAttribute(READ_THIS_REQUEST, read, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, List<Count>>) read;
    }
}
