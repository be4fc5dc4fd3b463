package app.haven.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many public forms one client may send in a window (a fixed window per client address, kept in this node's
 * memory): enough for anyone reporting what they saw, far too few to flood the triage queue. A flooding client is
 * refused while everyone else carries on; the table of clients is bounded, so a flood from many addresses cannot
 * exhaust memory (at worst the oldest windows are forgotten early). Plain Java, no Spring.
 */
final class ClientAllowance {

    private static final int MOST_CLIENTS_REMEMBERED = 100_000;

    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int used) {}

    ClientAllowance(int perWindow, Duration window, Clock clock) {
        this.perWindow = perWindow;
        this.window = window;
        this.clock = clock;
    }

    /** Uses one of the client's sends; false when it has none left in this window. */
    boolean take(String client) {
        Instant now = clock.instant();
        if (windows.size() >= MOST_CLIENTS_REMEMBERED) {
            forgetEnded(now);
        }
        Window after = windows.compute(client, (key, current) -> {
            if (current == null || !now.isBefore(current.start().plus(window))) {
                return new Window(now, 1);
            }
            return new Window(current.start(), Math.min(current.used() + 1, perWindow + 1));
        });
        return after.used() <= perWindow;
    }

    /** How long until the client may send again, for the {@code Retry-After} header. */
    Duration waitFor(String client) {
        Window current = windows.get(client);
        if (current == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), current.start().plus(window));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void forgetEnded(Instant now) {
        windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        if (windows.size() >= MOST_CLIENTS_REMEMBERED) {
            windows.clear();
        }
    }
}
