package app.haven.people;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a user searched for, kept in their session under a random id. A search for a child's name must not sit in
 * URLs (browser history, proxies, logs), yet the back button should bring the results back: the URL carries the
 * id only.
 */
final class RecentSearches implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final int KEPT = 20;
    private static final String ATTRIBUTE = RecentSearches.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LinkedHashMap<String, String> searches = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    static synchronized String remember(HttpSession session, String text) {
        RecentSearches recent = of(session);
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        recent.searches.put(id, text);
        session.setAttribute(ATTRIBUTE, recent);
        return id;
    }

    static synchronized Optional<String> recall(HttpSession session, String id) {
        return Optional.ofNullable(of(session).searches.get(id));
    }

    private static RecentSearches of(HttpSession session) {
        Object existing = session.getAttribute(ATTRIBUTE);
        return existing instanceof RecentSearches recent ? recent : new RecentSearches();
    }
}
