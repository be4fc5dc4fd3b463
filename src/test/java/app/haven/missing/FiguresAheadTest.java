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
    private final FiguresAhead<String, Integer> figures =
            new FiguresAhead<>(Duration.ofSeconds(5), area -> counts.incrementAndGet(), background, nanos::get);

    @Test
    void theFirstReadCountsAndLaterReadsWithinTheTimeShareIt() {
        assertThat(figures.get("north")).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(figures.get("north")).isEqualTo(1);
        assertThat(counts).hasValue(1);
        assertThat(background.waiting).isEmpty();
    }

    @Test
    void aReaderOfOutOfDateFiguresGetsThemAtOnceAndOneRecountGoesToTheBackground() {
        figures.get("north");
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());

        assertThat(figures.get("north")).as("no reader waits for the recount").isEqualTo(1);
        assertThat(figures.get("north")).isEqualTo(1);
        assertThat(background.waiting).as("one recount, however many readers").hasSize(1);
        assertThat(counts).hasValue(1);

        background.runAll();
        assertThat(figures.get("north")).as("the recount replaces the figures held").isEqualTo(2);
        assertThat(background.waiting).isEmpty();
    }

    @Test
    void aFailedRecountKeepsTheFiguresHeldAndTheNextReaderAsksAgain() {
        AtomicInteger calls = new AtomicInteger();
        FiguresAhead<String, Integer> failing = new FiguresAhead<>(
                Duration.ofSeconds(5),
                area -> {
                    if (calls.incrementAndGet() == 2) {
                        throw new IllegalStateException("database gone");
                    }
                    return calls.get();
                },
                background,
                nanos::get);
        failing.get("north");
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        failing.get("north");
        background.runAll();

        assertThat(failing.get("north")).isEqualTo(1);
        background.runAll();
        assertThat(failing.get("north")).isEqualTo(3);
    }

    @Test
    void eachKeyIsCountedOnItsOwn() {
        assertThat(figures.get("north")).isEqualTo(1);
        assertThat(figures.get("south")).isEqualTo(2);
        assertThat(figures.get("north")).isEqualTo(1);
    }
}
