package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.identity.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientAllowanceTest {

    @Test
    void aClientIsRefusedAfterItsAllowanceAndOthersAreNot() {
        ClientAllowance allowance = new ClientAllowance(3, Duration.ofHours(1), new MutableClock());
        for (int i = 0; i < 3; i++) {
            assertThat(allowance.take("a")).isTrue();
        }
        assertThat(allowance.take("a")).isFalse();
        assertThat(allowance.take("a")).isFalse();
        assertThat(allowance.take("b")).isTrue();
    }

    @Test
    void theAllowanceComesBackWhenTheWindowEnds() {
        MutableClock clock = new MutableClock();
        ClientAllowance allowance = new ClientAllowance(1, Duration.ofHours(1), clock);
        assertThat(allowance.take("a")).isTrue();
        assertThat(allowance.take("a")).isFalse();
        clock.advance(Duration.ofMinutes(59));
        assertThat(allowance.take("a")).isFalse();
        assertThat(allowance.waitFor("a")).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(allowance.take("a")).isTrue();
    }
}
