package app.haven.people.matching;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone codes of a name: primary and alternate. Names that share one sound alike in English
 * (Smith/Smyth, Kaitlyn/Caitlin) whatever their spelling.
 */
public final class SoundKeys {

    private static final ThreadLocal<DoubleMetaphone> ENCODER = ThreadLocal.withInitial(() -> {
        DoubleMetaphone encoder = new DoubleMetaphone();
        encoder.setMaxCodeLen(6);
        return encoder;
    });

    /** Names repeat endlessly in a search's candidates; encoding each once keeps scoring cheap. */
    private static final int CACHE_LIMIT = 200_000;

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private SoundKeys() {}

    public static Set<String> of(String token) {
        if (token == null || token.isBlank()) {
            return Set.of();
        }
        Set<String> cached = CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        Set<String> keys = Collections.unmodifiableSet(encode(token));
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(token, keys);
        }
        return keys;
    }

    private static Set<String> encode(String token) {
        Set<String> keys = new LinkedHashSet<>();
        DoubleMetaphone encoder = ENCODER.get();
        String primary = encoder.doubleMetaphone(token, false);
        String alternate = encoder.doubleMetaphone(token, true);
        if (primary != null && !primary.isEmpty()) {
            keys.add(primary);
        }
        if (alternate != null && !alternate.isEmpty()) {
            keys.add(alternate);
        }
        return keys;
    }

    public static boolean alike(String a, String b) {
        Set<String> left = of(a);
        for (String key : of(b)) {
            if (left.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
