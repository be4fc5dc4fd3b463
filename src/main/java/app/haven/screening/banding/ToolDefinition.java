package app.haven.screening.banding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of a screening tool: its bands (least concern first), indicators and rules. Immutable: a change is
 * a new version, and a completed screening keeps the version it was banded with.
 */
public record ToolDefinition(
        String id, int version, String name, List<Band> bands, List<Indicator> indicators, Rules rules) {

    /** How the tool turns answers into a band. */
    public enum Method {
        /** The strongest indicator present sets the band (Pan-Cheshire, York, Croydon, Stoke). */
        LEVELS,
        /** Points added up and banded by thresholds (SERAF). */
        POINTS
    }

    /**
     * The tool's rules, all configurable per version.
     *
     * @param lowsForMedium this many low indicators together make Medium (0: never)
     * @param pointThresholds for POINTS tools: band code to the least points that give it
     * @param ageRuleMaxAge a child this age or younger with any high (or significant) indicator gets the top band
     * @param neverLowUnderAge a child younger than this is never banded as {@code lowBand}
     * @param neverLowWithLearningDisability a child with a learning disability is never banded as {@code lowBand}
     * @param learningDisabilityIndicator the tool's own learning disability question: answered present, it is the
     *     same fact as the flag on the child's details (one fact, either place applies the rule)
     * @param lowBand the band those two rules lift a child out of (to the next band up)
     * @param rescreenWeeks band code to weeks until the screening should be repeated
     */
    public record Rules(
            Method method,
            int lowsForMedium,
            Map<String, Integer> pointThresholds,
            Optional<Integer> ageRuleMaxAge,
            Optional<Integer> neverLowUnderAge,
            boolean neverLowWithLearningDisability,
            Optional<String> learningDisabilityIndicator,
            Optional<String> lowBand,
            Map<String, Integer> rescreenWeeks) {}

    public ToolDefinition {
        bands = List.copyOf(bands);
        indicators = List.copyOf(indicators);
    }

    public Band lowest() {
        return bands.get(0);
    }

    public Band highest() {
        return bands.get(bands.size() - 1);
    }

    public Band band(String code) {
        return bands.stream()
                .filter(b -> b.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("tool " + id + " has no band " + code));
    }

    /** The band one step more concerning, or the same band at the top. */
    public Band above(Band band) {
        return bands.get(Math.min(bands.size() - 1, bands.indexOf(band) + 1));
    }

    public Map<String, Indicator> indicatorsById() {
        return indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }
}
