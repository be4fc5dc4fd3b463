package app.haven.insight;

import app.haven.platform.MeasureSource;
import app.haven.platform.MeasureSource.Measure;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every measure any module offers, found among the {@link MeasureSource} beans: a module that lands later (disruption,
 * engagement) appears on the dashboard without insight changing. Two sources claiming one code stop the start-up.
 */
@Component
class Measures {

    /** A measure and the source that counts it. */
    record Sourced(Measure measure, MeasureSource source) {
        String code() {
            return measure.code();
        }
    }

    private final Map<String, Sourced> byCode = new LinkedHashMap<>();

    Measures(List<MeasureSource> sources) {
        for (MeasureSource source : sources) {
            for (Measure measure : source.measures()) {
                Sourced previous = byCode.put(measure.code(), new Sourced(measure, source));
                if (previous != null) {
                    throw new IllegalStateException("two sources count measure " + measure.code());
                }
            }
        }
    }

    Optional<Sourced> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** A priority's measures, in the order their sources list them, sources by module name. */
    List<Sourced> of(Priority priority) {
        return byCode.values().stream()
                .filter(s -> s.measure().priority() == priority.number())
                .sorted(Comparator.comparing(s -> s.code().substring(0, s.code().indexOf('.') + 1)))
                .toList();
    }

    List<Sourced> all() {
        return List.copyOf(byCode.values());
    }
}
