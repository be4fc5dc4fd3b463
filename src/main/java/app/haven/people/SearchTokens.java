package app.haven.people;

import app.haven.people.matching.NameNormaliser;
import app.haven.people.matching.SoundKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's search tokens and the name vocabulary in step with their names. Every name they have ever had
 * counts, removed ones included: a child is often searched for by the name another agency knew them by.
 */
@Component
class SearchTokens {

    private final JdbcClient jdbc;

    SearchTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the person's tokens from their names and adds any new token to the vocabulary. */
    void refresh(long personId) {
        List<String> names = jdbc.sql("SELECT given_names || ' ' || family_name FROM person_name WHERE person_id = :id")
                .param("id", personId)
                .query(String.class)
                .list();
        Set<String> tokens = new LinkedHashSet<>();
        names.forEach(name -> tokens.addAll(NameNormaliser.tokens(name)));
        jdbc.sql("UPDATE person SET search_tokens = :tokens::text[] WHERE id = :id")
                .param("tokens", arrayLiteral(tokens))
                .param("id", personId)
                .update();
        addToVocabulary(tokens);
    }

    void addToVocabulary(Set<String> tokens) {
        for (String token : tokens) {
            List<String> sounds = new ArrayList<>(SoundKeys.of(token));
            String primary = sounds.isEmpty() ? "" : sounds.get(0);
            String alternate = sounds.size() > 1 ? sounds.get(1) : primary;
            jdbc.sql("""
                            INSERT INTO name_token (token, sound_primary, sound_alternate)
                            VALUES (:token, :primary, :alternate) ON CONFLICT (token) DO NOTHING
                            """)
                    .param("token", token)
                    .param("primary", primary)
                    .param("alternate", alternate)
                    .update();
            jdbc.sql("""
                            INSERT INTO name_token_deletion (deletion, token)
                            SELECT unnest(:keys::text[]), :token ON CONFLICT DO NOTHING
                            """)
                    .param("keys", arrayLiteral(TypoKeys.of(token)))
                    .param("token", token)
                    .update();
        }
    }

    /** A PostgreSQL array literal with every element quoted, whatever script the name is written in. */
    static String arrayLiteral(Iterable<String> tokens) {
        StringBuilder literal = new StringBuilder("{");
        for (String token : tokens) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(token.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
