package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedTest {

    @Test
    void readsOnceWithinItsTimeAndAgainAfterItIsForgotten() {
        AtomicInteger reads = new AtomicInteger();
        Remembered<Integer> value = new Remembered<>(Duration.ofHours(1), reads::incrementAndGet);
        assertThat(value.get()).isEqualTo(1);
        assertThat(value.get()).isEqualTo(1);
        value.forget();
        assertThat(value.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void readsAgainOnceItsTimeIsUp() {
        AtomicInteger reads = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000);
        Remembered<Integer> value = new Remembered<>(Duration.ofNanos(100), reads::incrementAndGet, now::get);
        value.get();
        now.addAndGet(100);
        assertThat(value.get()).as("still within its time").isEqualTo(1);
        now.addAndGet(1);
        assertThat(value.get()).as("past its time").isEqualTo(2);
    }
}
