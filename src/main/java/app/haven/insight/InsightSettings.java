package app.haven.insight;

import app.haven.platform.Remembered;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The partnership's disclosure control (table {@code insight_setting}). */
@Component
class InsightSettings {

    /** The settings as stored. */
    record Values(int suppressUpTo, int roundTotalsTo) {
        DisclosureControl control() {
            return new DisclosureControl(suppressUpTo, roundTotalsTo);
        }
    }

    private final Remembered<Values> values;

    InsightSettings(JdbcClient jdbc) {
        this.values = new Remembered<>(
                Duration.ofSeconds(30),
                () -> jdbc.sql("SELECT suppress_up_to, round_totals_to FROM insight_setting")
                        .query((rs, row) -> new Values(rs.getInt(1), rs.getInt(2)))
                        .single());
    }

    Values current() {
        return values.get();
    }
}
