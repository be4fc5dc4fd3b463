package app.haven.insight;

import java.util.Optional;

/** One line of the board's dashboard, every figure already through disclosure control. */
public record DashboardLine(
        String code,
        String title,
        String howComputed,
        String now,
        String before,
        String change,
        Optional<String> baseline,
        String changeAgainstBaseline) {

    public String baselineShown() {
        return baseline.orElse(DisclosureControl.NOT_APPLICABLE);
    }
}
