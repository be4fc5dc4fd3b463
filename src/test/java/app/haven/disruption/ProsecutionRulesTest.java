package app.haven.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.disruption.ProsecutionRules.Outcome;
import app.haven.disruption.ProsecutionRules.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProsecutionRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final LocalDate CHARGED = LocalDate.of(2026, 3, 2);

    private static List<String> check(ProsecutionRules.Dates dates, Result result) {
        return ProsecutionRules.check(dates, result, TODAY).stream()
                .map(r -> r.field() + ": " + r.message())
                .toList();
    }

    private static ProsecutionRules.Dates charged() {
        return new ProsecutionRules.Dates(CHARGED, Optional.empty(), Optional.empty());
    }

    private static Result result(Outcome outcome, String reason, String sentence) {
        return new Result(
                Optional.ofNullable(outcome),
                Optional.ofNullable(outcome).map(o -> TODAY.minusDays(1)),
                Optional.ofNullable(reason),
                Optional.ofNullable(sentence));
    }

    @Test
    void aChargeAwaitingItsOutcomeIsAccepted() {
        assertThat(check(charged(), Result.none())).isEmpty();
    }

    @Test
    void aConvictionWithASentenceIsAccepted() {
        assertThat(check(charged(), result(Outcome.CONVICTED, null, "Eight years' imprisonment")))
                .isEmpty();
    }

    @Test
    void aSentenceWithoutAConvictionIsRefused() {
        assertThat(check(charged(), result(Outcome.ACQUITTED, null, "Eight years")))
                .containsExactly("sentence: A sentence can only be recorded after a conviction");
        assertThat(check(charged(), result(null, null, "Eight years")))
                .containsExactly("sentence: A sentence can only be recorded after a conviction");
    }

    @Test
    void aDiscontinuedCaseNeedsItsReason() {
        assertThat(check(charged(), result(Outcome.DISCONTINUED, null, null)))
                .containsExactly("reason: Enter why the case was discontinued");
        assertThat(check(charged(), result(Outcome.DISCONTINUED, "Witness withdrew", null)))
                .isEmpty();
    }

    @Test
    void hearingsAndTheOutcomeCannotComeBeforeTheCharge() {
        ProsecutionRules.Dates early = new ProsecutionRules.Dates(
                CHARGED, Optional.of(CHARGED.minusDays(1)), Optional.of(CHARGED.minusDays(2)));
        Result before = new Result(
                Optional.of(Outcome.ACQUITTED), Optional.of(CHARGED.minusDays(1)), Optional.empty(), Optional.empty());
        assertThat(check(early, before))
                .containsExactly(
                        "firstHearingOn: The first hearing must be on or after the charge",
                        "trialOn: The trial must be on or after the charge",
                        "outcomeOn: The date of the outcome must be on or after the charge");
    }

    @Test
    void anOutcomeNeedsItsDateAndAChargeCannotBeInTheFuture() {
        Result undated =
                new Result(Optional.of(Outcome.CONVICTED), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(check(charged(), undated)).containsExactly("outcomeOn: Enter the date of the outcome");
        assertThat(check(
                        new ProsecutionRules.Dates(TODAY.plusDays(1), Optional.empty(), Optional.empty()),
                        Result.none()))
                .containsExactly("chargedOn: The date of the charge must be today or in the past");
    }
}
