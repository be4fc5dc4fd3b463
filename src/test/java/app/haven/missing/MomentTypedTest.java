package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.web.DateParts;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MomentTypedTest {

    @Test
    void readsTheDatePartsAndTimeOfOneNamedMomentFromWhatWasPosted() {
        Map<String, String> posted = Map.of(
                "started.day", "3",
                "started.month", "12",
                "started.year", "2026",
                "startedTime", "14:30",
                "ended.day", "4",
                "endedTime", "09:00");

        assertThat(Moment.typed(posted, "started")).isEqualTo(new Moment(new DateParts("3", "12", "2026"), "14:30"));
        assertThat(Moment.typed(posted, "ended")).isEqualTo(new Moment(new DateParts("4", "", ""), "09:00"));
        assertThat(Moment.typed(posted, "reported")).isEqualTo(Moment.empty());
    }
}
