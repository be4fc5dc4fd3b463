package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    @Test
    void locksAfterFiveFailuresForAMinuteDoublingUpToAnHour() {
        assertThat(LockoutPolicy.lockAfter(0)).isEmpty();
        assertThat(LockoutPolicy.lockAfter(4)).isEmpty();
        assertThat(LockoutPolicy.lockAfter(5)).hasValue(Duration.ofMinutes(1));
        assertThat(LockoutPolicy.lockAfter(6)).hasValue(Duration.ofMinutes(2));
        assertThat(LockoutPolicy.lockAfter(7)).hasValue(Duration.ofMinutes(4));
        assertThat(LockoutPolicy.lockAfter(10)).hasValue(Duration.ofMinutes(32));
        assertThat(LockoutPolicy.lockAfter(11)).hasValue(Duration.ofHours(1));
        assertThat(LockoutPolicy.lockAfter(1_000)).hasValue(Duration.ofHours(1));
    }

    @Test
    void theWholeAccountLocksOnTheSameScaleAfterTwentyFailures() {
        assertThat(LockoutPolicy.lockAfter(19, LockoutPolicy.ACCOUNT_FAILURES_BEFORE_LOCK))
                .isEmpty();
        assertThat(LockoutPolicy.lockAfter(20, LockoutPolicy.ACCOUNT_FAILURES_BEFORE_LOCK))
                .hasValue(Duration.ofMinutes(1));
        assertThat(LockoutPolicy.lockAfter(21, LockoutPolicy.ACCOUNT_FAILURES_BEFORE_LOCK))
                .hasValue(Duration.ofMinutes(2));
    }

    @Test
    void theDatabaseGetsThePolicyAsLockSecondsByFailureCount() {
        assertThat(LockoutPolicy.locksInSeconds(5))
                .isEqualTo("{0,0,0,0,60,120,240,480,960,1920,3600,3600,3600,3600,3600}");
    }
}
