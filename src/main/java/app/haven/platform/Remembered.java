package app.haven.platform;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read from the database and kept for a short time: reference data that pages read on every request
 * (areas, catalogues, settings) but an administrator changes rarely. Each node forgets it after {@code keep}, so a
 * change made on another node shows within that time; a change made here is seen at once with {@link #forget()}.
 */
public final class Remembered<T> {

    private final Supplier<T> source;
    private final long keepNanos;
    private final java.util.function.LongSupplier nanoTime;
    private final java.util.concurrent.locks.ReentrantLock reading = new java.util.concurrent.locks.ReentrantLock();
    private volatile Held<T> held;
    // Counts forget() calls, so a read that began before a change and ends after its forget() is not kept.
    private final java.util.concurrent.atomic.AtomicLong forgotten = new java.util.concurrent.atomic.AtomicLong();

    private record Held<T>(T value, long readAt) {}

    public Remembered(Duration keep, Supplier<T> source) {
        this(keep, source, System::nanoTime);
    }

    Remembered(Duration keep, Supplier<T> source, java.util.function.LongSupplier nanoTime) {
        this.source = source;
        this.keepNanos = keep.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The value, read again once it is past its time. Only one caller reads it again; callers arriving meanwhile get
     * the value it replaces (already up to {@code keep} old) rather than all reading the database at once.
     */
    public T get() {
        Held<T> current = held;
        if (current != null && nanoTime.getAsLong() - current.readAt() <= keepNanos) {
            return current.value();
        }
        if (current != null && !reading.tryLock()) {
            return current.value();
        }
        if (current == null) {
            reading.lock();
        }
        try {
            Held<T> latest = held;
            long now = nanoTime.getAsLong();
            if (latest != null && now - latest.readAt() <= keepNanos) {
                return latest.value();
            }
            long generation = forgotten.get();
            latest = new Held<>(source.get(), now);
            if (forgotten.get() == generation) {
                held = latest;
            }
            return latest.value();
        } finally {
            reading.unlock();
        }
    }

    /** Forgets the value; a read already under way when this is called is returned to its caller but not kept. */
    public void forget() {
        forgotten.incrementAndGet();
        held = null;
    }
}
