package app.haven.screening.banding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bands a screening and says why. The rules come from the tool version; the order they apply in is fixed: the
 * indicators give a band (strongest level, or points against thresholds), then the protective rules can only
 * raise it: a disclosure gives the top band; so does the age rule for a young child with a high indicator; a
 * young child or one with a learning disability is never left in the low band (domain reference section 3). The
 * first reason is always the rule that decided the band; none contradicts it.
 */
public final class Banding {

    private Banding() {}

    public static BandingResult band(ToolDefinition tool, List<Response> responses, ChildFacts child) {
        Map<String, Indicator> indicators = tool.indicatorsById();
        List<String> reasons = new ArrayList<>();
        List<String> notKnown = new ArrayList<>();
        List<Indicator> present = new ArrayList<>();
        List<Response> presentResponses = new ArrayList<>();
        for (Response response : responses) {
            Indicator indicator = indicators.get(response.indicatorId());
            if (indicator == null) {
                throw new IllegalArgumentException("indicator " + response.indicatorId() + " is not in " + tool.id()
                        + " version " + tool.version());
            }
            if (response.answer() == Answer.NOT_KNOWN) {
                notKnown.add(indicator.wording());
            } else if (response.isPresent()) {
                present.add(indicator);
                presentResponses.add(response);
            }
        }
        Scored scored = tool.rules().method() == ToolDefinition.Method.LEVELS
                ? LevelRule.apply(tool, present)
                : PointsRule.apply(tool, present, presentResponses);
        List<String> protective = new ArrayList<>();
        Band band = ProtectiveRules.apply(tool, scored.band(), present, child, protective);
        if (protective.isEmpty()) {
            reasons.add(scored.band().label() + ": " + scored.because());
        } else {
            // The rule that decided the band comes first; what the indicators alone gave follows, said as such.
            reasons.addAll(protective);
            reasons.add("The indicators alone give " + scored.band().label() + ": " + scored.because());
        }
        List<String> vulnerabilities = present.stream()
                .filter(Indicator::isVulnerability)
                .map(Indicator::wording)
                .toList();
        if (!vulnerabilities.isEmpty() && tool.rules().method() == ToolDefinition.Method.LEVELS) {
            reasons.add("Vulnerabilities noted (they raise concern but do not set the band): "
                    + String.join("; ", vulnerabilities));
        }
        if (!notKnown.isEmpty()) {
            reasons.add(Words.count(notKnown.size(), "indicator") + (notKnown.size() == 1 ? " was" : " were")
                    + " answered ‘not known’ and counted as not present (" + String.join("; ", notKnown)
                    + "): find out and re-screen");
        }
        return new BandingResult(band, reasons, notKnown, scored.points());
    }

    /** Re-screen interval for a band, in weeks, when the tool sets one. */
    public static Optional<Integer> rescreenWeeks(ToolDefinition tool, Band band) {
        return Optional.ofNullable(tool.rules().rescreenWeeks().get(band.code()));
    }

    /** The band the indicators give, and why in words that follow the band's name ("Medium: {because}"). */
    record Scored(Band band, String because, int points) {}
}
