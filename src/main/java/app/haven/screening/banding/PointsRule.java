package app.haven.screening.banding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Points (SERAF): a vulnerability scores 1; a moderate indicator 1 when within the last six months; a significant
 * indicator 5 when current, 1 when 6–12 months ago, 6 when both. The total is banded by the tool's thresholds.
 */
final class PointsRule {

    private PointsRule() {}

    static Banding.Scored apply(ToolDefinition tool, List<Indicator> present, List<Response> responses) {
        int points = 0;
        List<String> counted = new ArrayList<>();
        for (int i = 0; i < present.size(); i++) {
            Indicator indicator = present.get(i);
            int scored = points(indicator, responses.get(i).timing());
            if (scored > 0) {
                counted.add(indicator.wording() + " (" + Words.count(scored, "point") + ")");
            }
            points += scored;
        }
        Band band = tool.lowest();
        for (Map.Entry<String, Integer> threshold : tool.rules().pointThresholds().entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                .toList()) {
            if (points >= threshold.getValue()) {
                band = tool.band(threshold.getKey());
            }
        }
        String because =
                Words.count(points, "point") + (counted.isEmpty() ? "" : " from " + String.join("; ", counted));
        return new Banding.Scored(band, because, points);
    }

    static int points(Indicator indicator, Timing timing) {
        return switch (indicator.kind()) {
            case VULNERABILITY -> 1;
            case MODERATE -> timing == Timing.EARLIER ? 0 : 1;
            case SIGNIFICANT ->
                switch (timing) {
                    case CURRENT -> 5;
                    case EARLIER -> 1;
                    case BOTH -> 6;
                };
            case LEVELLED -> 0;
        };
    }
}
