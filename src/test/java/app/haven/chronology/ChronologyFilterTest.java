package app.haven.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chronology's filters: which dates are refused and with what words, and the query string they travel in. */
class ChronologyFilterTest {

    @Test
    void noFiltersAreValidAndListNewestFirst() {
        ChronologyFilter filter = new ChronologyFilter(null, null, null, null, null, null);

        assertThat(filter.validate().hasErrors()).isFalse();
        assertThat(filter.oldestFirst()).isFalse();
        assertThat(filter.query()).isEqualTo("?order=newest");
    }

    @ParameterizedTest(name = "from {0}/{1}/{2} to {3}/{4}/{5}: {6}")
    @CsvSource(
            delimiter = '|',
            value = {
                "31|2|2026|||| Date from must be a real date, like 27 3 2026",
                "29|2|2025|||| Date from must be a real date, like 27 3 2026",
                "1|1|26|||| Date from must be a real date, like 27 3 2026",
                "x|1|2026|||| Date from must be a real date, like 27 3 2026",
                "1|||||| Date from must be a real date, like 27 3 2026",
                "|||1|13|2026| Date to must be a real date, like 28 3 2026",
                "|||31|4|2026| Date to must be a real date, like 28 3 2026",
                "2|3|2026|1|3|2026| Date to must be the same as or after date from",
            })
    void refusesDatesThatAreNotRealOrInOrder(
            String fromDay,
            String fromMonth,
            String fromYear,
            String toDay,
            String toMonth,
            String toYear,
            String message) {
        ChronologyFilter filter = dates(
                new DateParts(text(fromDay), text(fromMonth), text(fromYear)),
                new DateParts(text(toDay), text(toMonth), text(toYear)));

        assertThat(filter.validate().items())
                .extracting(FormErrors.Item::message)
                .containsExactly(message.strip());
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({"2024-02-29, 2024-02-29", "2026-01-01, 2026-12-31", "1999-12-31, 2000-01-01"})
    void acceptsRealDatesInOrderIncludingTheSameDay(LocalDate from, LocalDate to) {
        ChronologyFilter filter = dates(DateParts.of(from), DateParts.of(to));

        assertThat(filter.validate().hasErrors()).isFalse();
        assertThat(filter.fromDate()).contains(from);
        assertThat(filter.toDate()).contains(to);
    }

    @Test
    void anAgencyMustBeAnId() {
        ChronologyFilter filter =
                new ChronologyFilter("police", List.of(), DateParts.empty(), DateParts.empty(), "", "newest");

        assertThat(filter.validate().items())
                .extracting(FormErrors.Item::message)
                .containsExactly("Select an agency from the list");
        assertThat(filter.agencyId()).isEmpty();
    }

    @Test
    void eventTypesThatAreNotCodesAreDropped() {
        ChronologyFilter filter = new ChronologyFilter(
                "", List.of("people.name-changed", "<script>", "Police contact"), null, null, "", "newest");

        assertThat(filter.type()).containsExactly("people.name-changed");
    }

    @Test
    void anUnknownOrderListsNewestFirst() {
        assertThat(new ChronologyFilter("", List.of(), null, null, "", "sideways").order())
                .isEqualTo("newest");
        assertThat(new ChronologyFilter("", List.of(), null, null, "", "oldest").oldestFirst())
                .isTrue();
    }

    @Test
    void theQueryStringCarriesEveryFilterAsIdsCodesAndDatesOnly() {
        ChronologyFilter filter = new ChronologyFilter(
                "42",
                List.of("people.name-changed", "health.visit"),
                new DateParts("01", "2", "2026"),
                DateParts.of(LocalDate.of(2026, 3, 4)),
                "yes",
                "oldest");

        assertThat(filter.query())
                .isEqualTo("?order=oldest&agency=42&type=people.name-changed&type=health.visit"
                        + "&from.day=1&from.month=2&from.year=2026&to.day=4&to.month=3&to.year=2026&significant=yes");
    }

    @Test
    void noneKeepsOnlyTheOrder() {
        assertThat(ChronologyFilter.none("oldest").query()).isEqualTo("?order=oldest");
    }

    private static ChronologyFilter dates(DateParts from, DateParts to) {
        return new ChronologyFilter("", List.of(), from, to, "", "newest");
    }

    private static String text(String part) {
        return part == null ? "" : part;
    }
}
