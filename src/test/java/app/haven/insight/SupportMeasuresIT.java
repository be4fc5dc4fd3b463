package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.MeasurePeriod;
import app.haven.platform.MeasureSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The register's support measures, meetings' measures and the breakdowns of children open at a period's end, against
 * {@link MeasureDataset} plus {@link SupportMeasureDataset} in a fresh area, answers worked out by hand; and a
 * measure counted for several periods at once equals it counted one period at a time.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportMeasuresIT {

    static final LocalDate FROM = MeasureSourcesIT.FROM;
    static final LocalDate TO = MeasureSourcesIT.TO;
    static final LocalDate NEXT = TO.plusYears(1);

    @Autowired
    List<MeasureSource> sources;

    @Autowired
    MeasureDataset dataset;

    @Autowired
    SupportMeasureDataset support;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MeasureDataset.Built built;

    @BeforeAll
    void build() {
        built = dataset.build();
        support.add(built);
    }

    @Test
    void breaksChildrenOpenAtTheEndOfTheYearDownCountingACaseClosedOnTheFirstOfAprilAsOpen() {
        assertThat(counts("cases.children-open", FROM, TO)).isEqualTo(Map.of("", 3L));
        assertThat(counts("cases.children-open.by-band", FROM, TO))
                .isEqualTo(Map.of("High", 1L, "Low", 1L, "Not screened", 1L));
        assertThat(counts("cases.children-open.by-age", FROM, TO)).isEqualTo(Map.of("13 to 15", 2L, "10 to 12", 1L));
        assertThat(counts("cases.children-open.by-needs", FROM, TO))
                .isEqualTo(Map.of("Additional needs", 1L, "Not known", 2L));
        assertThat(counts("cases.children-open.by-model", FROM, TO))
                .isEqualTo(Map.of("Online", 1L, "Not recorded", 2L));
        assertThat(counts("cases.children-open.by-sex", FROM, TO)).isEqualTo(Map.of("Female", 3L));
        assertThat(counts("cases.children-open.by-ethnicity", FROM, TO)).isEqualTo(Map.of("Not recorded", 3L));
        assertThat(counts("cases.children-open.by-looked-after", FROM, TO)).isEqualTo(Map.of("Not known", 3L));
    }

    @Test
    void countsPlansOfCasesOpenInThePeriodByWhetherTheyRecordTheChildsOwnView() {
        assertThat(counts("cases.plans-child-view", FROM, TO))
                .isEqualTo(Map.of("Child's view recorded", 1L, "Child's view not recorded", 2L));
        assertThat(counts("cases.plans-child-view", TO, NEXT))
                .isEqualTo(Map.of("Child's view recorded", 2L, "Child's view not recorded", 1L));
    }

    @Test
    void countsCaseFileAuditsGradedGoodOrBetterByTheLondonDayTheyWereMade() {
        assertThat(counts("cases.audits-graded", FROM, TO))
                .isEqualTo(Map.of("Good or better", 3L, "Requires improvement or inadequate", 1L));
        assertThat(counts("cases.audits-graded", TO, NEXT)).isEqualTo(Map.of("Requires improvement or inadequate", 1L));
    }

    @Test
    void countsTransitionsOfChildrenWithAdditionalNeedsOnlyWhenTheClosureWasApproved() {
        assertThat(counts("cases.transitions", FROM, TO)).isEqualTo(Map.of("Turned 18", 1L));
        assertThat(counts("cases.transitions", TO, NEXT)).isEqualTo(Map.of("Transferred", 1L));
    }

    @Test
    void countsStrategyDiscussionsDueInThePeriodByWhetherTheyWereHeldByTheDueDate() {
        assertThat(counts("meetings.strategy-discussions", FROM, TO))
                .isEqualTo(Map.of("Held on time", 1L, "Held late", 1L, "Not yet held", 1L));
        assertThat(counts("meetings.strategy-discussions", TO, NEXT)).isEqualTo(Map.of("Not yet held", 1L));
    }

    @Test
    void countsMeetingActionsDueInThePeriodDoneOnTimeByTheLondonClockLeavingCancelledOnesOut() {
        assertThat(counts("meetings.actions-on-time", FROM, TO))
                .isEqualTo(Map.of("Done on time", 1L, "Done late", 1L, "Not done", 1L));
        assertThat(counts("meetings.actions-on-time", TO, NEXT)).isEqualTo(Map.of("Not done", 1L));
    }

    @Test
    void countsEveryMeasureForSeveralPeriodsInOnePassAsItCountsEachPeriodAlone() {
        List<MeasurePeriod> periods = List.of(
                new MeasurePeriod(FROM, TO),
                new MeasurePeriod(TO, NEXT),
                new MeasurePeriod(FROM, FROM.plusMonths(3)),
                new MeasurePeriod(FROM.minusYears(1), FROM));
        for (MeasureSource source : sources) {
            for (MeasureSource.Measure measure : source.measures()) {
                forget(measure.code());
                List<List<MeasureSource.Count>> together = source.countEach(measure.code(), periods);
                forget(measure.code());
                for (int i = 0; i < periods.size(); i++) {
                    MeasurePeriod period = periods.get(i);
                    assertThat(inArea(together.get(i)))
                            .as(measure.code() + " " + period)
                            .isEqualTo(counts(measure.code(), period.from(), period.toExclusive()));
                }
            }
        }
    }

    /** Drops a measure's kept counts, so that the next call counts them again. */
    private void forget(String code) {
        jdbc.sql("DELETE FROM measure_count WHERE measure_code = :code")
                .param("code", code)
                .update();
    }

    private Map<String, Long> counts(String code, LocalDate from, LocalDate to) {
        return inArea(sourceOf(code).count(code, from, to));
    }

    private Map<String, Long> inArea(List<MeasureSource.Count> counts) {
        Map<String, Long> inArea = new TreeMap<>();
        counts.stream()
                .filter(c -> c.areaId() != null && c.areaId() == built.area())
                .forEach(c -> inArea.merge(c.category(), c.count(), Long::sum));
        return inArea;
    }

    private MeasureSource sourceOf(String code) {
        return sources.stream()
                .filter(s -> s.measures().stream().anyMatch(m -> m.code().equals(code)))
                .findFirst()
                .orElseThrow();
    }
}
