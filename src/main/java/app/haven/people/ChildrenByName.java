package app.haven.people;

import app.haven.platform.ChildNameLookup;
import app.haven.platform.WordMatch;
import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Children by name for the audit log's "find by name": every name a record has held (aliases and previous names
 * too, since an investigation may know only one), merged records answering as the record they were merged into.
 * Not scoped: only callers that may search the whole log use it, and they audit each child shown.
 */
@Component
class ChildrenByName implements ChildNameLookup {

    private final JdbcClient jdbc;

    ChildrenByName(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NamedChild> childrenNamed(String text, int limit) {
        return WordMatch.allWordsIn("n.given_names || ' ' || n.family_name", text)
                .map(match -> jdbc.sql("""
                                SELECT p.id, p.date_of_birth,
                                       (SELECT c.given_names || ' ' || c.family_name FROM person_name c
                                         WHERE c.person_id = p.id AND c.removed_at IS NULL
                                           AND c.name_type IN ('PREFERRED', 'LEGAL')
                                         ORDER BY c.name_type = 'PREFERRED' DESC, c.id LIMIT 1) AS current_name
                                  FROM person p
                                 WHERE p.kind = 'CHILD' AND p.merged_into IS NULL AND p.id IN (
                                       SELECT coalesce(m.merged_into, m.id) FROM person_name n
                                         JOIN person m ON m.id = n.person_id WHERE true""" + match.sql() + ") ORDER BY current_name, p.id LIMIT :limit")
                        .params(match.parameters())
                        .param("limit", limit)
                        .query((rs, row) -> child(rs))
                        .list())
                .orElse(List.of());
    }

    private static NamedChild child(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date born = rs.getDate("date_of_birth");
        String name = rs.getString("current_name");
        return new NamedChild(
                rs.getLong("id"),
                name == null ? "Name not recorded" : name,
                born == null ? "Date of birth not known" : "Born " + PersonDisplay.DATE.format(born.toLocalDate()));
    }
}
