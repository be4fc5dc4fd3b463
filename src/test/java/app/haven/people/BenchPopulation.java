package app.haven.people;

import app.haven.people.matching.NameNormaliser;
import app.haven.people.matching.SoundKeys;
import app.haven.people.matching.SyntheticPeople;
import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a generated population straight into the people tables with COPY, as a data migration would, so a
 * benchmark can start from a million people in a minute or two. Person ids follow population order from
 * {@code baseId}.
 */
final class BenchPopulation {

    private BenchPopulation() {}

    /** Loads the people, their names and one involvement each (area chosen by index); returns the first id. */
    static long load(DataSource dataSource, List<SyntheticPeople.Person> people, IntFunction<long[]> areaAgency)
            throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var statement = connection.createStatement();
            statement.execute("DROP INDEX IF EXISTS person_search_tokens_idx");
            statement.execute("SET maintenance_work_mem = '256MB'");
            Set<String> vocabulary = new TreeSet<>();
            StringBuilder persons = new StringBuilder();
            for (SyntheticPeople.Person p : people) {
                Set<String> tokens = new LinkedHashSet<>(NameNormaliser.tokens(p.givenNames() + " " + p.familyName()));
                p.preferredName().ifPresent(n -> tokens.addAll(NameNormaliser.tokens(n)));
                vocabulary.addAll(tokens);
                persons.append(areaAgency.apply(p.index())[0])
                        .append("\tCHILD\t")
                        .append(p.dateOfBirth().map(LocalDate::toString).orElse("\\N"))
                        .append('\t')
                        .append(p.dateOfBirthEstimated() ? "t" : "f")
                        .append('\t')
                        .append(p.sex())
                        .append('\t')
                        .append(SearchTokens.arrayLiteral(tokens).replace("\\", "\\\\"))
                        .append('\t')
                        .append(p.school().orElse("\\N"))
                        .append("\t2026-01-01T00:00:00Z\n");
            }
            copy.copyIn(
                    "COPY person (area_id, kind, date_of_birth, date_of_birth_estimated, sex, search_tokens,"
                            + " education_setting, created_at) FROM STDIN",
                    new StringReader(persons.toString()));
            persons = null;
            long base = last(statement) - people.size() + 1;
            parents(copy, statement, people, base, areaAgency, vocabulary);
            StringBuilder names = new StringBuilder();
            StringBuilder involvements = new StringBuilder();
            StringBuilder identifiers = new StringBuilder();
            StringBuilder addresses = new StringBuilder();
            for (SyntheticPeople.Person p : people) {
                long id = base + p.index();
                names.append(id)
                        .append("\tLEGAL\t")
                        .append(p.givenNames())
                        .append('\t')
                        .append(p.familyName())
                        .append("\t2026-01-01T00:00:00Z\n");
                p.preferredName()
                        .ifPresent(n -> names.append(id)
                                .append("\tPREFERRED\t")
                                .append(n)
                                .append('\t')
                                .append(p.familyName())
                                .append("\t2026-01-01T00:00:00Z\n"));
                p.nhsNumber()
                        .ifPresent(n -> identifiers
                                .append(id)
                                .append("\tNHS_NUMBER\t")
                                .append(n)
                                .append("\t2026-01-01T00:00:00Z\n"));
                p.upn()
                        .ifPresent(n -> identifiers
                                .append(id)
                                .append("\tUPN\t")
                                .append(n)
                                .append("\t2026-01-01T00:00:00Z\n"));
                p.postcode()
                        .ifPresent(postcode -> addresses
                                .append(id)
                                .append('\t')
                                .append(postcode)
                                .append("\t2025-01-01\t2026-01-01T00:00:00Z\n"));
                long[] where = areaAgency.apply(p.index());
                involvements
                        .append(id)
                        .append('\t')
                        .append(where[0])
                        .append('\t')
                        .append(where[1])
                        .append("\t2026-01-01T00:00:00Z\n");
            }
            copy.copyIn(
                    "COPY person_name (person_id, name_type, given_names, family_name, added_at) FROM STDIN",
                    new StringReader(names.toString()));
            copy.copyIn(
                    "COPY person_identifier (person_id, identifier_type, value, added_at) FROM STDIN",
                    new StringReader(identifiers.toString()));
            // Loaded as a data migration would: the name index reads addresses when it first reads each person.
            statement.execute("ALTER TABLE person_address DISABLE TRIGGER person_address_index_version");
            copy.copyIn(
                    "COPY person_address (person_id, postcode, from_date, added_at) FROM STDIN",
                    new StringReader(addresses.toString()));
            statement.execute("ALTER TABLE person_address ENABLE TRIGGER person_address_index_version");
            copy.copyIn(
                    "COPY child_involvement (child_id, area_id, agency_id, started_at) FROM STDIN",
                    new StringReader(involvements.toString()));
            StringBuilder tokens = new StringBuilder();
            StringBuilder deletions = new StringBuilder();
            for (String token : vocabulary) {
                List<String> sounds = new ArrayList<>(SoundKeys.of(token));
                String primary = sounds.isEmpty() ? "" : sounds.get(0);
                tokens.append(token)
                        .append('\t')
                        .append(primary)
                        .append('\t')
                        .append(sounds.size() > 1 ? sounds.get(1) : primary)
                        .append('\n');
                for (String key : TypoKeys.of(token)) {
                    deletions.append(key).append('\t').append(token).append('\n');
                }
            }
            statement.execute("CREATE TEMP TABLE bench_token (LIKE name_token)");
            copy.copyIn("COPY bench_token FROM STDIN", new StringReader(tokens.toString()));
            statement.execute("INSERT INTO name_token SELECT * FROM bench_token ON CONFLICT DO NOTHING");
            statement.execute("CREATE TEMP TABLE bench_deletion (LIKE name_token_deletion)");
            copy.copyIn("COPY bench_deletion FROM STDIN", new StringReader(deletions.toString()));
            statement.execute(
                    "INSERT INTO name_token_deletion SELECT DISTINCT * FROM bench_deletion ON CONFLICT DO NOTHING");
            statement.execute("CREATE INDEX person_search_tokens_idx ON person USING gin (search_tokens)");
            statement.execute("VACUUM ANALYZE person");
            statement.execute("VACUUM ANALYZE person_name");
            statement.execute("VACUUM ANALYZE child_involvement");
            statement.execute("VACUUM ANALYZE person_identifier");
            statement.execute("VACUUM ANALYZE person_address");
            statement.execute("VACUUM ANALYZE person_relationship");
            statement.execute("VACUUM ANALYZE name_token");
            statement.execute("VACUUM ANALYZE name_token_deletion");
            // Flush the load now, so the checkpointer does not compete with the searches being measured.
            statement.execute("CHECKPOINT");
            return base;
        }
    }

    /**
     * Each parent or carer on record as an adult's record (names only: no date of birth, so the children's birthdays
     * are counted as before) linked to the child by a PARENT relationship, loaded as a data migration would: the name
     * index reads each child's parents when it first reads the child.
     */
    private static void parents(
            CopyManager copy,
            java.sql.Statement statement,
            List<SyntheticPeople.Person> people,
            long base,
            IntFunction<long[]> areaAgency,
            Set<String> vocabulary)
            throws Exception {
        List<SyntheticPeople.Person> withParent =
                people.stream().filter(p -> p.parent().isPresent()).toList();
        if (withParent.isEmpty()) {
            return;
        }
        StringBuilder adults = new StringBuilder();
        for (SyntheticPeople.Person p : withParent) {
            Set<String> tokens =
                    new LinkedHashSet<>(NameNormaliser.tokens(p.parent().get()));
            vocabulary.addAll(tokens);
            adults.append(areaAgency.apply(p.index())[0])
                    .append("\tADULT\t\\N\tf\tNOT_KNOWN\t")
                    .append(SearchTokens.arrayLiteral(tokens).replace("\\", "\\\\"))
                    .append("\t\\N\t2026-01-01T00:00:00Z\n");
        }
        copy.copyIn(
                "COPY person (area_id, kind, date_of_birth, date_of_birth_estimated, sex, search_tokens,"
                        + " education_setting, created_at) FROM STDIN",
                new StringReader(adults.toString()));
        long first = last(statement) - withParent.size() + 1;
        StringBuilder names = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < withParent.size(); i++) {
            SyntheticPeople.Person p = withParent.get(i);
            String parent = p.parent().get();
            int space = parent.lastIndexOf(' ');
            names.append(first + i)
                    .append("\tLEGAL\t")
                    .append(parent, 0, space)
                    .append('\t')
                    .append(parent.substring(space + 1))
                    .append("\t2026-01-01T00:00:00Z\n");
            links.append(base + p.index()).append('\t').append(first + i).append("\tPARENT\t2026-01-01T00:00:00Z\n");
        }
        copy.copyIn(
                "COPY person_name (person_id, name_type, given_names, family_name, added_at) FROM STDIN",
                new StringReader(names.toString()));
        statement.execute("ALTER TABLE person_relationship DISABLE TRIGGER person_relationship_index_version");
        copy.copyIn(
                "COPY person_relationship (person_id, related_person_id, relationship_type, added_at) FROM STDIN",
                new StringReader(links.toString()));
        statement.execute("ALTER TABLE person_relationship ENABLE TRIGGER person_relationship_index_version");
    }

    /** COPY in one session takes identity values in row order, so the last id fixes them all. */
    private static long last(java.sql.Statement statement) throws Exception {
        try (var rs = statement.executeQuery("SELECT max(id) FROM person")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
