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

    @Test
    void whileOneCallerReadsAgainTheOthersKeepThePreviousValueInsteadOfReadingToo() throws Exception {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000);
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        Remembered<Integer> value = new Remembered<>(
                Duration.ofNanos(100),
                () -> {
                    if (reads.incrementAndGet() == 2) {
                        reading.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException stop) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return reads.get();
                },
                now::get);
        assertThat(value.get()).isEqualTo(1);
        now.addAndGet(1_000);
        java.util.concurrent.CompletableFuture<Integer> refresher =
                java.util.concurrent.CompletableFuture.supplyAsync(value::get);
        reading.await();

        assertThat(value.get())
                .as("the previous value, while the other caller reads")
                .isEqualTo(1);
        assertThat(reads).hasValue(2);
        release.countDown();
        assertThat(refresher.get()).isEqualTo(2);
        assertThat(value.get()).isEqualTo(2);
    }

    @Test
    void aReadUnderWayWhenTheValueIsForgottenIsNotKept() {
        AtomicInteger reads = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Remembered<Integer>> value =
                new java.util.concurrent.atomic.AtomicReference<>();
        value.set(new Remembered<>(Duration.ofHours(1), () -> {
            int read = reads.incrementAndGet();
            if (read == 1) {
                // A change commits and forgets the value while this (older) read is still under way.
                value.get().forget();
            }
            return read;
        }));
        assertThat(value.get().get()).as("the caller still gets what was read").isEqualTo(1);
        assertThat(value.get().get()).as("but it was not kept: read again").isEqualTo(2);
        assertThat(value.get().get()).isEqualTo(2);
    }
}
