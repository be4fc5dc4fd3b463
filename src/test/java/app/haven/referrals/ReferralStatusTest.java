package app.haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.referrals.ReferralStatus.Side;
import app.haven.referrals.ReferralStatus.Step;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferralStatusTest {

    /** Every legal move: draft → sent → accepted / declined / redirected → closed. */
    static final Map<ReferralStatus, Map<Step, ReferralStatus>> LEGAL = Map.of(
            ReferralStatus.DRAFT, Map.of(Step.SEND, ReferralStatus.SENT),
            ReferralStatus.SENT,
                    Map.of(
                            Step.ACCEPT, ReferralStatus.ACCEPTED,
                            Step.DECLINE, ReferralStatus.DECLINED,
                            Step.REDIRECT, ReferralStatus.REDIRECTED),
            ReferralStatus.ACCEPTED, Map.of(Step.CLOSE, ReferralStatus.CLOSED),
            ReferralStatus.DECLINED, Map.of(Step.CLOSE, ReferralStatus.CLOSED),
            ReferralStatus.REDIRECTED, Map.of(Step.CLOSE, ReferralStatus.CLOSED),
            ReferralStatus.CLOSED, Map.of());

    @Test
    void everyStepFromEveryStateIsEitherTheLegalMoveOrRefused() {
        int legal = 0;
        int illegal = 0;
        for (ReferralStatus from : ReferralStatus.values()) {
            for (Step step : Step.values()) {
                Optional<ReferralStatus> expected =
                        Optional.ofNullable(LEGAL.get(from).get(step));
                assertThat(from.after(step)).as("%s from %s", step, from).isEqualTo(expected);
                if (expected.isPresent()) {
                    legal++;
                } else {
                    illegal++;
                }
            }
        }
        assertThat(legal).isEqualTo(7);
        assertThat(illegal).isEqualTo(23);
    }

    @Test
    void aClosedReferralGoesNowhere() {
        assertThat(EnumSet.allOf(Step.class))
                .allSatisfy(
                        step -> assertThat(ReferralStatus.CLOSED.after(step)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "SEND, DRAFT, SENDER",
        "ACCEPT, SENT, RECEIVER",
        "DECLINE, SENT, RECEIVER",
        "REDIRECT, SENT, RECEIVER",
        "CLOSE, ACCEPTED, RECEIVER",
        "CLOSE, DECLINED, SENDER",
        "CLOSE, REDIRECTED, SENDER"
    })
    void theSenderSendsAndClosesWhatCameBackWhileTheReceiverDecidesAndClosesItsOwnWork(
            Step step, ReferralStatus from, Side side) {
        assertThat(step.side(from)).isEqualTo(side);
    }

    @Test
    void theDatabaseTransitionTableSaysTheSameAsTheCode() {
        Set<String> pairs = new java.util.TreeSet<>();
        LEGAL.forEach((from, moves) -> moves.values().forEach(to -> pairs.add(from + ">" + to)));
        assertThat(pairs)
                .containsExactlyInAnyOrder(
                        "DRAFT>SENT",
                        "SENT>ACCEPTED",
                        "SENT>DECLINED",
                        "SENT>REDIRECTED",
                        "ACCEPTED>CLOSED",
                        "DECLINED>CLOSED",
                        "REDIRECTED>CLOSED");
    }
}
