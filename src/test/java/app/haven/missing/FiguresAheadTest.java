package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FiguresAheadTest {

    /** Keeps what is handed to the background, to run it when the test says. */
    private static final class HeldBack extends MissingFiguresCounter {
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        void submit(Runnable recount) {
            waiting.add(recount);
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger counts = new AtomicInteger();
    private final HeldBack background = new HeldBack();
    private final FiguresAhead<String, Integer> ahead =
            new FiguresAhead<>(Duration.ofSeconds(5), background, nanos::get);

    private int figures(String area) {
        return ahead.get(area, counts::incrementAndGet);
    }

    @Test
    void theFirstReadCountsAndLaterReadsWithinTheTimeShareIt() {
        assertThat(figures("north")).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(figures("north")).isEqualTo(1);
        assertThat(counts).hasValue(1);
        assertThat(background.waiting).isEmpty();
    }

    @Test
    void aReaderOfOutOfDateFiguresGetsThemAtOnceAndOneRecountGoesToTheBackground() {
        figures("north");
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());

        assertThat(figures("north")).as("no reader waits for the recount").isEqualTo(1);
        assertThat(figures("north")).isEqualTo(1);
        assertThat(background.waiting).as("one recount, however many readers").hasSize(1);
        assertThat(counts).hasValue(1);

        background.runAll();
        assertThat(figures("north")).as("the recount replaces the figures held").isEqualTo(2);
        assertThat(background.waiting).isEmpty();
    }

    @Test
    void aFailedRecountKeepsTheFiguresHeldAndTheNextReaderAsksAgain() {
        AtomicInteger calls = new AtomicInteger();
        java.util.function.Supplier<Integer> count = () -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("database gone");
            }
            return calls.get();
        };
        ahead.get("north", count);
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        ahead.get("north", count);
        background.runAll();

        assertThat(ahead.get("north", count)).isEqualTo(1);
        background.runAll();
        assertThat(ahead.get("north", count)).isEqualTo(3);
    }

    @Test
    void eachKeyIsCountedOnItsOwn() {
        assertThat(figures("north")).isEqualTo(1);
        assertThat(figures("south")).isEqualTo(2);
        assertThat(figures("north")).isEqualTo(1);
    }
}
