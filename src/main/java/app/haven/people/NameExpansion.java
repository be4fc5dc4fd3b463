package app.haven.people;

import app.haven.people.matching.FirstLetters;
import app.haven.people.matching.NameVariants;
import app.haven.people.matching.SoundKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns each word of a search into the names in the vocabulary it could mean: itself, its nicknames and
 * spelling variants, names that sound alike (Double Metaphone), names one typo away, names with a similar
 * spelling (trigram) and, for the word being typed, names it begins. One round trip for every word at once.
 */
@Component
class NameExpansion {

    /** A partial last word such as "sm" could begin thousands of names; the commonest few hundred are enough. */
    static final int PREFIX_LIMIT = 200;

    /**
     * pg_trgm's default (0.3) lets short names pull in dozens of unrelated ones; single typos are found exactly by
     * the deletion keys, so trigram similarity only needs to catch longer misspellings.
     */
    static final double TRIGRAM_SIMILARITY = 0.5;

    /** The closest-spelled sound-alikes and look-alikes per word; beyond these a name is rarely the one meant. */
    static final int LOOSE_LIMIT = 40;

    private final JdbcClient jdbc;

    NameExpansion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each query word (by position) and the vocabulary tokens it may stand for, the word itself always included. */
    List<Set<String>> expand(List<String> words, boolean lastWordPartial, boolean loose) {
        List<Set<String>> expanded = new ArrayList<>();
        if (words.isEmpty()) {
            return expanded;
        }
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Set<String> start = new LinkedHashSet<>(NameVariants.standard().variantsOf(word));
            start.add(word);
            expanded.add(start);
            if (i > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append(branch(i, lastWordPartial && i == words.size() - 1, loose));
            params.put("w" + i, word);
            params.put("v" + i, SearchTokens.arrayLiteral(start));
            params.put("s" + i, SearchTokens.arrayLiteral(SoundKeys.of(word)));
            params.put("d" + i, SearchTokens.arrayLiteral(TypoKeys.of(word)));
            params.put("p" + i, word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("f" + i, SearchTokens.arrayLiteral(FirstLetters.alike(word)));
        }
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            expanded.get(rs.getInt(1)).add(rs.getString(2));
        });
        return expanded;
    }

    /**
     * Tight: the word, its variants, names one typo away and (for a partial word) names it begins. Loose adds
     * sound-alikes and trigram look-alikes, which reach many more records and so cost more.
     */
    private static String branch(int i, boolean partial, boolean loose) {
        String like = partial
                ? " UNION ALL (SELECT " + i + ", token FROM name_token WHERE token LIKE :p" + i
                        + " AND NOT EXISTS (SELECT 1 FROM name_token known WHERE known.token = :w" + i + ")"
                        + " ORDER BY token LIMIT " + PREFIX_LIMIT + ")"
                : "";
        String typos = "(SELECT " + i + ", token FROM name_token_deletion WHERE deletion = ANY(:d" + i + "::text[]))";
        if (!loose) {
            return typos + like;
        }
        return "(SELECT " + i + ", token FROM name_token WHERE ((sound_primary = ANY(:s" + i
                + "::text[]) OR sound_alternate = ANY(:s" + i + "::text[]))"
                + " AND left(token, 1) = ANY(:f" + i + "::text[]))"
                + " OR (token % :w" + i + " AND similarity(token, :w" + i + ") >= " + TRIGRAM_SIMILARITY + ")"
                + " ORDER BY similarity(token, :w" + i + ") DESC LIMIT " + LOOSE_LIMIT + ")"
                + " UNION ALL (SELECT " + i + ", token FROM name_token_deletion WHERE deletion = ANY(:d" + i
                + "::text[]))"
                + like;
    }
}
