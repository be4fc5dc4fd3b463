package app.haven.missing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Figures every reader shares, counted ahead of the readers. The first read of a key counts it (readers arriving
 * meanwhile wait for that one count). After that a reader never waits: it gets the figures held, and when they are
 * older than {@code every} it hands one recount to the background ({@link MissingFiguresCounter}), which replaces them
 * when done. Before, the reader that found them out of date counted them itself: every five seconds one request per
 * area took the whole count (up to a second under load) on top of its own page. A recount that fails keeps the figures
 * held (logged); the next reader asks again.
 */
final class FiguresAhead<K, V> {

    private static final Logger log = LoggerFactory.getLogger(FiguresAhead.class);
    private static final int MOST_KEYS = 1_000;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long everyNanos;
    private final MissingFiguresCounter counter;
    private final LongSupplier nanoTime;

    FiguresAhead(Duration every, MissingFiguresCounter counter) {
        this(every, counter, System::nanoTime);
    }

    FiguresAhead(Duration every, MissingFiguresCounter counter, LongSupplier nanoTime) {
        this.everyNanos = every.toNanos();
        this.counter = counter;
        this.nanoTime = nanoTime;
    }

    private record Held<V>(V value, long countedAt) {}

    private static final class Entry<V> {
        private volatile Held<V> held;
        private final AtomicBoolean recounting = new AtomicBoolean();
    }

    /** The figures for this key; {@code count} counts them (the same figures for the same key, whoever asks). */
    V get(K key, Supplier<V> count) {
        if (entries.size() > MOST_KEYS) {
            entries.clear();
        }
        Entry<V> entry = entries.computeIfAbsent(key, k -> new Entry<>());
        Held<V> held = entry.held;
        if (held == null) {
            return first(entry, count);
        }
        if (nanoTime.getAsLong() - held.countedAt() > everyNanos && entry.recounting.compareAndSet(false, true)) {
            recountInBackground(key, entry, count);
        }
        return held.value();
    }

    private V first(Entry<V> entry, Supplier<V> count) {
        synchronized (entry) {
            Held<V> held = entry.held;
            if (held == null) {
                held = new Held<>(count.get(), nanoTime.getAsLong());
                entry.held = held;
            }
            return held.value();
        }
    }

    private void recountInBackground(K key, Entry<V> entry, Supplier<V> count) {
        try {
            counter.submit(() -> {
                try {
                    long started = nanoTime.getAsLong();
                    entry.held = new Held<>(count.get(), started);
                } catch (RuntimeException e) {
                    log.warn("Could not recount the missing figures for {}: {}", key, e.getMessage(), e);
                } finally {
                    entry.recounting.set(false);
                }
            });
        } catch (RejectedExecutionException stopping) {
            entry.recounting.set(false);
        }
    }
}
