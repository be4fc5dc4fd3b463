package app.haven.screening.banding;

import java.util.List;

/**
 * Level by strongest indicator: none present gives the first band; any low the second; any medium (or enough lows
 * together) the third; any high the top. Vulnerabilities have no level and do not count here.
 */
final class LevelRule {

    private LevelRule() {}

    static Banding.Scored apply(ToolDefinition tool, List<Indicator> present) {
        List<String> high = wording(present, Indicator.Level.HIGH);
        List<String> medium = wording(present, Indicator.Level.MEDIUM);
        List<String> low = wording(present, Indicator.Level.LOW);
        List<Band> bands = tool.bands();
        if (!high.isEmpty()) {
            return new Banding.Scored(
                    bands.get(3), "high indicator" + plural(high) + " present: " + String.join("; ", high), 0);
        }
        if (!medium.isEmpty()) {
            return new Banding.Scored(
                    bands.get(2), "medium indicator" + plural(medium) + " present: " + String.join("; ", medium), 0);
        }
        int lowsForMedium = tool.rules().lowsForMedium();
        if (lowsForMedium > 0 && low.size() >= lowsForMedium) {
            return new Banding.Scored(
                    bands.get(2),
                    low.size() + " low indicators together (" + lowsForMedium + " or more count as medium): "
                            + String.join("; ", low),
                    0);
        }
        if (!low.isEmpty()) {
            return new Banding.Scored(
                    bands.get(1), "low indicator" + plural(low) + " present: " + String.join("; ", low), 0);
        }
        return new Banding.Scored(bands.get(0), "no indicator is present", 0);
    }

    private static List<String> wording(List<Indicator> present, Indicator.Level level) {
        return present.stream()
                .filter(i -> i.level().filter(level::equals).isPresent())
                .map(Indicator::wording)
                .toList();
    }

    private static String plural(List<String> items) {
        return items.size() == 1 ? "" : "s";
    }
}
