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
    private volatile Held<T> held;

    private record Held<T>(T value, long readAt) {}

    public Remembered(Duration keep, Supplier<T> source) {
        this(keep, source, System::nanoTime);
    }

    Remembered(Duration keep, Supplier<T> source, java.util.function.LongSupplier nanoTime) {
        this.source = source;
        this.keepNanos = keep.toNanos();
        this.nanoTime = nanoTime;
    }

    public T get() {
        Held<T> current = held;
        long now = nanoTime.getAsLong();
        if (current == null || now - current.readAt() > keepNanos) {
            current = new Held<>(source.get(), now);
            held = current;
        }
        return current.value();
    }

    public void forget() {
        held = null;
    }
}
