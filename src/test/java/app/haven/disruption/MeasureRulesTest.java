package app.haven.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static final MeasureType CAWN = new MeasureType(
            "CAWN",
            "Child Abduction Warning Notice",
            "CAA 1984",
            false,
            Optional.empty(),
            Optional.empty(),
            true,
            false);
    static final MeasureType S116 = new MeasureType(
            "S116_NOTICE",
            "s116 hotel notice",
            "ASBCPA 2014 s116",
            true,
            Optional.of(6),
            Optional.empty(),
            false,
            true);
    static final MeasureType CLOSURE = new MeasureType(
            "CLOSURE_NOTICE", "Closure notice", "ASBCPA 2014 s76", true, Optional.empty(), Optional.of(2), false, true);

    private static List<String> messages(List<MeasureRules.Refusal> refusals) {
        return refusals.stream().map(r -> r.field() + ": " + r.message()).toList();
    }

    @Test
    void aCawnWithoutAnExpiryAgainstAPersonIsAccepted() {
        assertThat(MeasureRules.check(CAWN, MeasureRules.Subject.PERSON, TODAY, Optional.empty(), TODAY))
                .isEmpty();
    }

    @Test
    void anOrderThatRequiresAnExpiryIsRefusedWithoutOne() {
        assertThat(messages(MeasureRules.check(
                        S116, MeasureRules.Subject.LOCATION, TODAY.minusDays(1), Optional.empty(), TODAY)))
                .containsExactly("expiresOn: Enter the expiry date: a s116 hotel notice must have one");
    }

    @Test
    void anExpiryBeforeTheIssueIsRefused() {
        assertThat(messages(MeasureRules.check(
                        CAWN, MeasureRules.Subject.PERSON, TODAY, Optional.of(TODAY.minusDays(1)), TODAY)))
                .containsExactly("expiresOn: The expiry date must be on or after the date it was issued");
    }

    @ParameterizedTest(name = "s116 issued 2026-06-30, expiring {0}: refused {1}")
    @CsvSource({"2026-12-30, false", "2026-12-31, true", "2026-07-01, false", "2027-06-30, true"})
    void aS116NoticeLastsAtMostSixMonths(LocalDate expiry, boolean refused) {
        List<MeasureRules.Refusal> refusals = MeasureRules.check(
                S116, MeasureRules.Subject.LOCATION, LocalDate.of(2026, 6, 30), Optional.of(expiry), TODAY);
        assertThat(!refusals.isEmpty()).isEqualTo(refused);
        if (refused) {
            assertThat(refusals.get(0).message())
                    .isEqualTo("A s116 hotel notice can last up to 6 months: the expiry date must be on or before 30"
                            + " December 2026");
        }
    }

    @Test
    void aClosureNoticeLastsAtMostTwoDays() {
        assertThat(MeasureRules.check(
                        CLOSURE,
                        MeasureRules.Subject.LOCATION,
                        TODAY.minusDays(1),
                        Optional.of(TODAY.plusDays(1)),
                        TODAY))
                .isEmpty();
        assertThat(messages(MeasureRules.check(
                        CLOSURE,
                        MeasureRules.Subject.LOCATION,
                        TODAY.minusDays(1),
                        Optional.of(TODAY.plusDays(2)),
                        TODAY)))
                .singleElement()
                .asString()
                .contains("can last up to 2 days");
    }

    @Test
    void aMeasureOfTheWrongKindOfSubjectIsRefused() {
        assertThat(messages(MeasureRules.check(CAWN, MeasureRules.Subject.LOCATION, TODAY, Optional.empty(), TODAY)))
                .containsExactly("type: A Child Abduction Warning Notice is taken against a person, not a place");
        assertThat(messages(MeasureRules.check(
                        S116, MeasureRules.Subject.PERSON, TODAY, Optional.of(TODAY.plusMonths(1)), TODAY)))
                .containsExactly("type: A s116 hotel notice is taken against a place, not a person");
    }

    @Test
    void aMeasureIssuedInTheFutureIsRefused() {
        assertThat(messages(MeasureRules.check(
                        CAWN, MeasureRules.Subject.PERSON, TODAY.plusDays(1), Optional.empty(), TODAY)))
                .containsExactly("issuedOn: The date it was issued must be today or in the past");
    }

    @Test
    void aRenewalMustMoveTheExpiryLaterAndWithinTheLawsPeriodFromToday() {
        LocalDate current = TODAY.plusDays(10);
        assertThat(MeasureRules.checkRenewal(S116, current, TODAY.plusMonths(6), TODAY))
                .isEmpty();
        assertThat(MeasureRules.checkRenewal(S116, current, current, TODAY)).hasSize(1);
        assertThat(MeasureRules.checkRenewal(S116, current, TODAY.plusMonths(6).plusDays(1), TODAY))
                .hasSize(1);
        assertThat(MeasureRules.checkRenewal(CAWN, current, TODAY.plusYears(5), TODAY))
                .isEmpty();
    }
}
