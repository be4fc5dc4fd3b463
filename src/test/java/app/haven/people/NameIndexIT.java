package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.identity.TestAccounts;
import app.haven.people.matching.SearchQuery;
import app.haven.platform.HavenPrincipal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;

/** The in-memory name index agrees with the SQL route and follows every change at once, addresses included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class NameIndexIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Autowired
    TestAccounts accounts;

    @Autowired
    PersonRecords records;

    @Autowired
    PersonNames names;

    @Autowired
    CandidateRetrieval retrieval;

    @Autowired
    IndexedCandidates indexed;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRelationships relationships;

    @Autowired
    PersonAddresses addresses;

    @Autowired
    PersonSearch search;

    @Test
    void findsTheSameCandidatesAsTheDatabaseForEveryKindOfQuery() {
        UserDetails user = accounts.principal(accounts.create("CSE_COORDINATOR"));
        as(user, () -> {
            child(user, "Jaydon", "Fairweatherly", LocalDate.of(2011, 2, 4));
            child(user, "Katherine", "Ollerenshaw", LocalDate.of(2012, 11, 5));
            child(user, "Kate", "Smyth", LocalDate.of(2010, 7, 7));
            child(user, "Mohammed", "Quarrendon", LocalDate.of(2013, 1, 30));
        });
        retrieval.find(SearchQuery.parse("anything", TODAY), false, false);
        for (String text : List.of(
                "Jayden Fairwetherly",
                "fairweatherly 4/2/2011",
                "2/4/2011 jaydon",
                "Kate Ollerenshaw 11/5/2012",
                "smith kate",
                "Muhammad Quarendon 2013-01-30",
                "ollerensh",
                "5 November 2012")) {
            for (boolean loose : List.of(false, true)) {
                SearchQuery query = SearchQuery.parse(text, TODAY);
                assertThat(ids(indexed.find(query, true, loose)))
                        .as(text + (loose ? " (loose)" : " (tight)"))
                        .containsExactlyInAnyOrderElementsOf(ids(retrieval.findInDatabase(query, true, loose)));
            }
        }
    }

    @Test
    void aNewNameIsFindableAsSoonAsItIsSaved() {
        UserDetails user = accounts.principal(accounts.create("CSE_COORDINATOR"));
        long child = as(user, () -> child(user, "Perpetua", "Gloamingwood", LocalDate.of(2014, 6, 1)));
        assertThat(ids(retrieval.find(SearchQuery.parse("Perpetua Gloamingwood", TODAY), true, false)))
                .contains(child);
        as(user, () -> {
            names.add(child, NameType.ALIAS, "Pet", "Duskmantle", (HavenPrincipal) user);
            return child;
        });
        assertThat(ids(retrieval.find(SearchQuery.parse("Pet Duskmantle", TODAY), true, false)))
                .containsExactly(child);
    }

    @Test
    void anAddressAddedLaterGivesTheCheckItsPostcodeAtOnce() {
        UserDetails user = accounts.principal(accounts.create("CSE_COORDINATOR"));
        long child = as(user, () -> child(user, "Perpetua", "Thistlecombe", LocalDate.of(2014, 6, 2)));
        SearchQuery check = SearchQuery.parse("Perpetua Thistlecombe", TODAY)
                .with(java.util.Map.of(app.haven.people.matching.Detail.POSTCODE, "ch1 2ab"));
        assertThat(reasons(check, child)).noneMatch(r -> r.startsWith("Postcode"));
        as(user, () -> {
            addresses.add(
                    child,
                    new PersonAddresses.NewAddress(
                            "1 High Street",
                            java.util.Optional.empty(),
                            "Chester",
                            java.util.Optional.of("CH1 2AB"),
                            LocalDate.of(2020, 1, 1),
                            java.util.Optional.empty()),
                    (HavenPrincipal) user);
            return child;
        });
        assertThat(reasons(check, child)).contains("Postcode matches");
    }

    @Test
    void aChildSharingTheTypedPostcodeIsScoredHoweverManyNamesakesThereAre() {
        UserDetails user = accounts.principal(accounts.create("CSE_COORDINATOR"));
        as(user, () -> {
            for (int i = 0; i < CandidateRetrieval.LIMIT + 5; i++) {
                child(user, "Winifred", "Marchbanks", LocalDate.of(2010, 1, 1).plusDays(i));
            }
        });
        long truth = as(user, () -> {
            long id = child(user, "Winifred", "Marchbanks", LocalDate.of(2012, 8, 8));
            addresses.add(
                    id,
                    new PersonAddresses.NewAddress(
                            "2 Mill Lane",
                            java.util.Optional.empty(),
                            "Chester",
                            java.util.Optional.of("CH3 5XY"),
                            LocalDate.of(2021, 1, 1),
                            java.util.Optional.empty()),
                    (HavenPrincipal) user);
            return id;
        });
        SearchQuery nameOnly = SearchQuery.of("Winifred", "Marchbanks", java.util.Optional.empty(), List.of());
        assertThat(ids(retrieval.find(nameOnly, false, false))).doesNotContain(truth);
        SearchQuery withPostcode =
                nameOnly.with(java.util.Map.of(app.haven.people.matching.Detail.POSTCODE, "CH3 5XY"));
        assertThat(ids(retrieval.find(withPostcode, false, false))).contains(truth);
        assertThat(search.likelyDuplicates(withPostcode, DuplicateCheck.SHOWN))
                .first()
                .extracting(PersonSearch.Ranked::personId)
                .isEqualTo(truth);
    }

    @Test
    void aNameTypedWithASlipOrANicknameAndNoDateStillCountsTheNamesakesItCouldMean() {
        UserDetails user = accounts.principal(accounts.create("CSE_COORDINATOR"));
        as(user, () -> {
            child(user, "Theodore", "Wickerstaff", LocalDate.of(2011, 3, 1));
            child(user, "Theodore", "Wickerstaff", LocalDate.of(2014, 6, 2));
            child(user, "Theodore", "Quillerby", LocalDate.of(2012, 1, 9));
        });
        SearchQuery exact = SearchQuery.of("Theodore", "Wickerstaff", java.util.Optional.empty(), List.of());
        SearchQuery slip = SearchQuery.of("Theodore", "Wickerstaf", java.util.Optional.empty(), List.of());
        SearchQuery nickname = SearchQuery.of("Ted", "Wickerstaff", java.util.Optional.empty(), List.of());
        assertThat(search.namesakes(exact)).isEqualTo(2);
        assertThat(search.namesakes(slip)).isEqualTo(2);
        assertThat(search.namesakes(nickname)).isEqualTo(2);
        PersonSearch.Duplicates found = search.duplicates(slip, DuplicateCheck.SHOWN);
        assertThat(found.likely()).isEmpty();
        assertThat(found.cannotTell()).isEqualTo(2);
        assertThat(found.stops()).isTrue();
    }

    @Test
    void aParentLinkedLaterAndRenamedGivesTheCheckTheirNamesAtOnce() {
        UserDetails user = accounts.principal(accounts.create("CSE_COORDINATOR"));
        long child = as(user, () -> child(user, "Ottilie", "Brackenthwaite", LocalDate.of(2013, 3, 9)));
        SearchQuery check = SearchQuery.of(
                        "Ottilie", "Pennyfeather", java.util.Optional.of(LocalDate.of(2013, 3, 9)), List.of())
                .with(java.util.Map.of(app.haven.people.matching.Detail.PARENT_NAME, "Rosamund Pennyfeather"));
        assertThat(reasons(check, child)).noneMatch(r -> r.startsWith("Parent"));
        long parent = as(user, () -> {
            long id = records.create(
                    new NewPerson(
                            PersonKind.ADULT,
                            "Rosamund",
                            "Brackenthwaite",
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            false,
                            Sex.FEMALE,
                            java.util.Optional.empty(),
                            java.util.Map.of(),
                            java.util.Optional.empty(),
                            List.of(),
                            "NOT_KNOWN",
                            false,
                            java.util.Optional.empty(),
                            java.util.Optional.empty(),
                            java.util.Optional.empty()),
                    (HavenPrincipal) user);
            relationships.add(
                    child,
                    id,
                    RelationshipType.PARENT,
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    (HavenPrincipal) user);
            return id;
        });
        assertThat(reasons(check, child)).contains("Parent’s name differs");
        as(user, () -> {
            names.add(parent, NameType.ALIAS, "Rosamund", "Pennyfeather", (HavenPrincipal) user);
            return parent;
        });
        assertThat(reasons(check, child)).contains("Parent’s name matches");
    }

    private List<String> reasons(SearchQuery query, long child) {
        return search.rankThoroughly(query, 5).ranked().stream()
                .filter(r -> r.personId() == child)
                .findFirst()
                .orElseThrow()
                .match()
                .reasons();
    }

    private static List<Long> ids(List<CandidateRetrieval.Found> found) {
        return found.stream().map(f -> f.candidate().personId()).toList();
    }

    private long child(UserDetails user, String given, String family, LocalDate dob) {
        return records.create(TestPeople.child(given, family, dob), (HavenPrincipal) user);
    }

    private static <T> T as(UserDetails user, java.util.function.Supplier<T> action) {
        return TestPeople.as(user, action);
    }

    private static void as(UserDetails user, Runnable action) {
        TestPeople.as(user, () -> {
            action.run();
            return 0;
        });
    }
}
