package app.haven.platform;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An SQL condition that a text expression contains every word typed (case-insensitive; a typed {@code %} or
 * {@code _} matches only itself), for the simple "find by name" lookups that are not the people search.
 *
 * @param sql {@code AND}-joined conditions, each starting with {@code " AND "}
 */
public record WordMatch(String sql, Map<String, Object> parameters) {

    private static final int MAX_WORDS = 5;

    /** Empty when nothing but spaces was typed. */
    public static Optional<WordMatch> allWordsIn(String expression, String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.UK).split("\\s+"))
                .filter(w -> !w.isBlank())
                .limit(MAX_WORDS)
                .toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sql = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND lower(").append(expression).append(") LIKE :word").append(i);
            parameters.put("word" + i, "%" + escape(words.get(i)) + "%");
        }
        return Optional.of(new WordMatch(sql.toString(), Map.copyOf(parameters)));
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
