package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.people.matching.Detail;
import app.haven.people.matching.SearchQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The duplicate check on a small hand-built population held in the name index: when the evidence is short of likely
 * but too close to let a new record through (a changed surname with the exact date), the check asks for more and
 * shows the records it cannot tell apart as possible matches, strongest first; a detail that corroborates one of
 * them makes it likely instead.
 */
class PossibleMatchesTest {

    private static final LocalDate BIRTHDAY = LocalDate.of(2012, 4, 3);
    private static final List<String> GIVEN = List.of("amelia", "olivia", "isla", "freya", "poppy", "evie", "ava");
    private static final List<String> FAMILY = List.of(
            "carter", "hughes", "patel", "wright", "green", "baker", "hall", "wood", "clarke", "khan", "lewis",
            "walker", "young");

    private final NameIndex index = new NameIndex(null, Clock.systemUTC());
    private final PersonSearch search =
            new PersonSearch(new CandidateRetrieval(null, null, index, new IndexedCandidates(index)), index);

    @Test
    void aChangedSurnameWithTheExactDateShowsTheRecordsItCannotTellApartWithoutCallingThemLikely() {
        population();
        long jones = add("ottilie jones", BIRTHDAY, "LS14AB");
        long brown = add("ottilie brown", BIRTHDAY, "M12XY");

        PersonSearch.Duplicates found = check(Map.of());

        assertThat(found.likely()).isEmpty();
        assertThat(found.stops()).isTrue();
        assertThat(found.cannotTell()).isGreaterThanOrEqualTo(2);
        assertThat(found.possible()).extracting(PersonSearch.Ranked::personId).contains(jones, brown);
        assertThat(found.possible())
                .extracting(r -> r.match().rankWeight())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(found.possible())
                .allSatisfy(r -> assertThat(r.match().likelyDuplicate()).isFalse());
    }

    @Test
    void aPostcodeThatAgreesMakesOneOfThemLikelyAndNoneIsShownAsOnlyPossible() {
        population();
        long jones = add("ottilie jones", BIRTHDAY, "LS14AB");
        add("ottilie brown", BIRTHDAY, "M12XY");

        PersonSearch.Duplicates found = check(Map.of(Detail.POSTCODE, "ls1 4ab"));

        assertThat(found.likely())
                .extracting(PersonSearch.Ranked::personId)
                .first()
                .isEqualTo(jones);
        assertThat(found.possible()).isEmpty();
        assertThat(found.cannotTell()).isZero();
    }

    private PersonSearch.Duplicates check(Map<Detail, String> more) {
        Map<Detail, String> typed = new java.util.EnumMap<>(Detail.class);
        typed.put(Detail.SEX, "FEMALE");
        typed.put(Detail.AREA, "2");
        typed.putAll(more);
        SearchQuery query = SearchQuery.of("Ottilie", "Smith", Optional.of(BIRTHDAY), List.of())
                .with(typed);
        return search.duplicatesAmong(
                query,
                search.thoroughlyCaughtUp(query, DuplicateCheck.SHOWN * 4).ranked(),
                DuplicateCheck.SHOWN);
    }

    /**
     * Four thousand girls in one area: one in forty an Ottilie (so the given name is common here), born over
     * eight years, and six more born on the birthday with other names.
     */
    private void population() {
        for (int i = 0; i < 4_000; i++) {
            String given = i % 40 == 0 ? "ottilie" : GIVEN.get(i % GIVEN.size());
            LocalDate born = LocalDate.of(2008, 1, 1).plusDays(i * 37L % 3_000);
            if (born.equals(BIRTHDAY)) {
                born = born.plusDays(1);
            }
            add(given + " " + FAMILY.get(i % FAMILY.size()), born, "");
        }
        for (int i = 0; i < 6; i++) {
            add(GIVEN.get(i) + " " + FAMILY.get(i), BIRTHDAY, "");
        }
    }

    private long next = 1;

    private long add(String names, LocalDate born, String postcode) {
        // Everyone in area 2, so that the area agreeing tells nothing and the test turns on names and date.
        long id = next++;
        index.put(new NameIndex.Entry(
                id,
                id,
                names.split(" "),
                (int) born.toEpochDay(),
                false,
                (byte) Sex.FEMALE.ordinal(),
                2,
                postcode,
                "",
                "",
                NameIndex.Entry.UNNUMBERED));
        return id;
    }
}
