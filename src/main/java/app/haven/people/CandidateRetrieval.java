package app.haven.people;

import app.haven.people.matching.Candidate;
import app.haven.people.matching.DateOfBirthText;
import app.haven.people.matching.Detail;
import app.haven.people.matching.SearchQuery;
import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the few hundred records a search could mean, cheaply, for {@code MatchScorer} to rank. A record is a
 * candidate when it carries one of the identifiers searched for, or when two of the searched words match its
 * names in any order (or one word and a date of birth near the one given: a changed surname, a missing first
 * name), or, for a single word or a date alone, on that. The GIN index on name tokens and the date index do the
 * work; a rough order (exact words, then exact date) picks which few hundred survive when a common name matches
 * thousands.
 */
@Component
class CandidateRetrieval {

    static final int LIMIT = 100;

    private final JdbcClient jdbc;
    private final NameExpansion expansion;
    private final NameIndex index;
    private final IndexedCandidates indexed;

    CandidateRetrieval(JdbcClient jdbc, NameExpansion expansion, NameIndex index, IndexedCandidates indexed) {
        this.jdbc = jdbc;
        this.expansion = expansion;
        this.index = index;
        this.indexed = indexed;
    }

    /**
     * Candidate records, including merged ones (their {@code keptId} is where a result should point). Names and
     * dates come from the in-memory index, brought up to date first; identifiers from PostgreSQL.
     */
    List<Found> find(SearchQuery query, boolean lastWordPartial, boolean loose) {
        index.catchUp();
        return candidates(query, lastWordPartial, loose);
    }

    /**
     * As {@link #find}, with the index as last brought up to date: for a search that has caught up once already and
     * runs several passes, so that each pass does not ask PostgreSQL again (one round trip per search, not four).
     */
    List<Found> candidates(SearchQuery query, boolean lastWordPartial, boolean loose) {
        if (query.isEmpty()) {
            return List.of();
        }
        SearchQuery withoutIdentifiers = query.namesAndDate();
        List<Found> found = new ArrayList<>(byIdentifier(query.identifiers()));
        if (!withoutIdentifiers.isEmpty()) {
            Set<Long> already = new HashSet<>();
            found.forEach(f -> already.add(f.candidate().personId()));
            indexed.find(withoutIdentifiers, lastWordPartial, loose).stream()
                    .filter(f -> !already.contains(f.candidate().personId()))
                    .forEach(found::add);
        }
        return withIdentifiers(found, query.identifiers());
    }

    /** People holding any of these identifiers, current or removed: an exact lookup, never combined with names. */
    private List<Found> byIdentifier(List<String> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, coalesce(p.merged_into, p.id) AS kept, p.search_tokens, p.date_of_birth,
                               p.date_of_birth_estimated, p.sex, p.area_id""" + NameIndex.DETAIL_COLUMNS + """
                          FROM person p WHERE p.id IN (SELECT person_id FROM person_identifier WHERE value = ANY(:ids::text[]))
                         LIMIT :limit
                        """)
                .param("ids", SearchTokens.arrayLiteral(identifiers))
                .param("limit", LIMIT)
                .query((rs, row) -> found(rs))
                .list();
    }

    /** The same search in SQL: for identifiers, and the yardstick the in-memory index is tested against. */
    List<Found> findInDatabase(SearchQuery query, boolean lastWordPartial, boolean loose) {
        Optional<SqlStatement> statement = statement(query, lastWordPartial, loose);
        if (statement.isEmpty()) {
            return List.of();
        }
        List<Found> found = jdbc.sql(statement.get().sql())
                .params(statement.get().params())
                .query((rs, row) -> found(rs))
                .list();
        return withIdentifiers(found, query.identifiers());
    }

    Optional<SqlStatement> statement(SearchQuery query, boolean lastWordPartial, boolean loose) {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = query.nameTokens();
        List<Set<String>> expanded = expansion.expand(words, lastWordPartial, loose);
        Map<String, Object> params = new HashMap<>();
        List<String> reaches = new ArrayList<>();
        List<String> rank = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            params.put("a" + i, SearchTokens.arrayLiteral(expanded.get(i)));
            params.put("e" + i, SearchTokens.arrayLiteral(Set.of(words.get(i))));
            rank.add("(p.search_tokens && :e" + i + "::text[])::int * 2 + (p.search_tokens && :a" + i
                    + "::text[])::int");
        }
        Optional<LocalDate> dob = query.dateOfBirth();
        dob.ifPresent(date -> {
            params.put("dob", Date.valueOf(date));
            params.put(
                    "dobs",
                    "{"
                            + DateOfBirthText.variants(date).stream()
                                    .map(LocalDate::toString)
                                    .collect(Collectors.joining(","))
                            + "}");
            rank.add("(p.date_of_birth = :dob)::int * 3 + (p.date_of_birth = ANY(:dobs::date[]))::int");
        });
        if (!loose && dob.isPresent() && !words.isEmpty()) {
            // First pass with a date: a word and a near date. Cheap, since few people share a date of birth,
            // and enough whenever the date is right; the loose pass adds name-only pairs.
            for (int i = 0; i < words.size(); i++) {
                reaches.add("(p.search_tokens && :a" + i + "::text[] AND p.date_of_birth = ANY(:dobs::date[]))");
            }
        } else {
            nameReaches(words.size(), dob.isPresent(), reaches);
        }
        if (!query.identifiers().isEmpty()) {
            params.put("ids", SearchTokens.arrayLiteral(query.identifiers()));
            reaches.add("p.id IN (SELECT person_id FROM person_identifier WHERE value = ANY(:ids::text[]))");
            rank.add("(p.id IN (SELECT person_id FROM person_identifier WHERE value = ANY(:ids::text[])))::int * 10");
        }
        if (reaches.isEmpty()) {
            return Optional.empty();
        }
        String sql = "SELECT p.id, coalesce(p.merged_into, p.id) AS kept, p.search_tokens, p.date_of_birth,"
                + " p.date_of_birth_estimated, p.sex, p.area_id" + NameIndex.DETAIL_COLUMNS + " FROM person p WHERE "
                + String.join(" OR ", reaches)
                + " ORDER BY " + String.join(" + ", rank) + " DESC, p.id LIMIT " + LIMIT;
        return Optional.of(new SqlStatement(sql, params));
    }

    /** Which combinations of words and date of birth make a record worth ranking. */
    private static void nameReaches(int words, boolean dob, List<String> reaches) {
        for (int i = 0; i < words; i++) {
            for (int j = i + 1; j < words; j++) {
                reaches.add("(p.search_tokens && :a" + i + "::text[] AND p.search_tokens && :a" + j + "::text[])");
            }
            if (dob) {
                reaches.add("(p.search_tokens && :a" + i + "::text[] AND p.date_of_birth = ANY(:dobs::date[]))");
            }
        }
        if (words == 1 && !dob) {
            reaches.add("p.search_tokens && :a0::text[]");
        }
        if (words == 0 && dob) {
            reaches.add("p.date_of_birth = ANY(:dobs::date[])");
        }
    }

    /** Adds the searched-for identifiers each candidate holds, so the scorer can say which matched. */
    private List<Found> withIdentifiers(List<Found> found, List<String> identifiers) {
        if (identifiers.isEmpty() || found.isEmpty()) {
            return found;
        }
        Map<Long, Set<String>> held = new HashMap<>();
        jdbc.sql("SELECT person_id, value FROM person_identifier WHERE person_id = ANY(:people::bigint[])"
                        + " AND value = ANY(:ids::text[])")
                .param(
                        "people",
                        "{"
                                + found.stream()
                                        .map(f -> String.valueOf(f.candidate().personId()))
                                        .collect(Collectors.joining(","))
                                + "}")
                .param("ids", SearchTokens.arrayLiteral(identifiers))
                .query(rs -> {
                    held.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                });
        return found.stream()
                .map(f -> new Found(
                        f.keptId(),
                        f.candidate()
                                .withIdentifiers(held.getOrDefault(f.candidate().personId(), Set.of()))))
                .toList();
    }

    private static Found found(java.sql.ResultSet rs) throws java.sql.SQLException {
        Array tokens = rs.getArray("search_tokens");
        Date born = rs.getDate("date_of_birth");
        Map<Detail, String> details = NameIndex.details(rs);
        return new Found(
                rs.getLong("kept"),
                new Candidate(
                        rs.getLong("id"),
                        Arrays.asList((String[]) tokens.getArray()),
                        Optional.ofNullable(born).map(Date::toLocalDate),
                        rs.getBoolean("date_of_birth_estimated"),
                        Set.of(),
                        details));
    }

    /** A candidate record and the record it now stands for (itself unless merged). */
    record Found(long keptId, Candidate candidate) {}
}
