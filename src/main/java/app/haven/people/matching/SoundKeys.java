package app.haven.people.matching;

import java.util.LinkedHashSet;
import java.util.Set;
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

    private SoundKeys() {}

    public static Set<String> of(String token) {
        Set<String> keys = new LinkedHashSet<>();
        if (token == null || token.isBlank()) {
            return keys;
        }
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
