package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.haven.platform.MeasureSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    record FixedSource(List<Measure> measures) implements MeasureSource {
        @Override
        public List<Count> count(String measureCode, LocalDate from, LocalDate toExclusive) {
            return List.of();
        }
    }

    @Test
    void listsAPrioritysMeasuresFromEverySourceGroupedByModule() {
        Measures measures = new Measures(List.of(
                new FixedSource(List.of(
                        new MeasureSource.Measure("zeta.one", 1, "Z1", "", "children"),
                        new MeasureSource.Measure("zeta.two", 4, "Z2", "", "children"))),
                new FixedSource(List.of(
                        new MeasureSource.Measure("alpha.b", 1, "A-b", "", "children"),
                        new MeasureSource.Measure("alpha.a", 1, "A-a", "", "children")))));

        assertThat(measures.of(Priority.EARLY_IDENTIFICATION))
                .extracting(Measures.Sourced::code)
                .containsExactly("alpha.b", "alpha.a", "zeta.one");
        assertThat(measures.of(Priority.DISRUPTION))
                .extracting(Measures.Sourced::code)
                .containsExactly("zeta.two");
        assertThat(measures.find("alpha.a")).isPresent();
        assertThat(measures.find("alpha.c")).isEmpty();
    }

    @Test
    void refusesTwoSourcesCountingOneMeasure() {
        MeasureSource.Measure same = new MeasureSource.Measure("cases.children", 1, "", "", "children");

        assertThatThrownBy(() -> new Measures(List.of(new FixedSource(List.of(same)), new FixedSource(List.of(same)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cases.children");
    }
}
