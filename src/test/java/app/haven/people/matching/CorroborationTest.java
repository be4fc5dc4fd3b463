package app.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the new-child form adds beyond names and a date (postcode, school, a parent's name, identifiers), which name that differs costs
 * more, and why a brother or sister is not a duplicate: on a hand-counted population of a million.
 */
class CorroborationTest {

    static final LocalDate BIRTHDAY = LocalDate.of(2012, 4, 3);

    /**
     * A million people: Olivia held by 40,000, Jones by 30,000, Smith by 20,000, Amelia by 35,000; 105 born on the
     * birthday; eight children share each postcode, 400 each school, 500,000 each sex, 125,000 each area.
     */
    private final Rarity million = new Rarity() {
        @Override
        public int population() {
            return 1_000_000;
        }

        @Override
        public int holders(String token) {
            return Map.of("olivia", 40_000, "jones", 30_000, "smith", 20_000, "amelia", 35_000)
                    .getOrDefault(token, 0);
        }

        @Override
        public int bornThatDay(LocalDate date) {
            return 105;
        }

        @Override
        public OptionalInt sharing(Detail detail, String value) {
            return OptionalInt.of(
                    switch (detail) {
                        case POSTCODE -> 8;
                        case SCHOOL -> 400;
                        case SEX -> 500_000;
                        case AREA -> 125_000;
                        case PARENT_NAME -> 50;
                    });
        }
    };

    private final MatchScorer scorer = new MatchScorer(million);

    @Test
    void inTheSearchBoxARecordKeepingTheGivenNameOutranksOneKeepingOnlyTheSurname() {
        SearchQuery typed = SearchQuery.parse("Olivia Smith 3/4/2012", BIRTHDAY.plusYears(14));
        Match surnameChanged = scorer.score(typed, record(1, "olivia jones", Map.of()));
        Match anotherChild = scorer.score(typed, record(2, "amelia smith", Map.of()));
        assertThat(surnameChanged.weight()).isGreaterThan(anotherChild.weight());
    }

    @Test
    void aChangedSurnameWithTheDateIsLikelyOnlyWithSomethingMoreToCorroborateIt() {
        SearchQuery bare = form("Olivia", "Smith", Map.of("SEX", "FEMALE", "AREA", "7"));
        SearchQuery withPostcode = form("Olivia", "Smith", Map.of("SEX", "FEMALE", "AREA", "7", "POSTCODE", "ls1 4ab"));
        Map<Detail, String> held = Map.of(Detail.SEX, "FEMALE", Detail.AREA, "7", Detail.POSTCODE, "LS14AB");
        assertThat(scorer.score(bare, record(1, "olivia jones", held)).likelyDuplicate())
                .isFalse();
        Match corroborated = scorer.score(withPostcode, record(1, "olivia jones", held));
        assertThat(corroborated.likelyDuplicate()).isTrue();
        assertThat(corroborated.reasons()).contains("Postcode matches");
    }

    @Test
    void aNameWithNoDateIsLikelyWhenThePostcodeAndSchoolAgree() {
        SearchQuery typed = SearchQuery.of("Olivia", "Jones", Optional.empty(), List.of())
                .with(details(Map.of("SEX", "FEMALE", "POSTCODE", "LS1 4AB", "SCHOOL", "St. Mary's School")));
        Map<Detail, String> held = Map.of(Detail.SEX, "FEMALE", Detail.POSTCODE, "LS14AB", Detail.SCHOOL, "st marys");
        Match match = scorer.score(typed, record(1, "olivia jones", held));
        assertThat(match.likelyDuplicate()).isTrue();
        assertThat(match.reasons()).contains("School or setting matches");
    }

    @Test
    void aBrotherOrSisterSharingSurnameAddressAndSchoolIsNeverALikelyDuplicate() {
        Map<Detail, String> held = Map.of(
                Detail.SEX, "FEMALE", Detail.AREA, "7", Detail.POSTCODE, "LS14AB", Detail.SCHOOL, "oakfield academy");
        SearchQuery sister = SearchQuery.of("Amelia", "Jones", Optional.of(BIRTHDAY.plusYears(2)), List.of())
                .with(details(
                        Map.of("SEX", "FEMALE", "AREA", "7", "POSTCODE", "LS1 4AB", "SCHOOL", "Oakfield Academy")));
        Match match = scorer.score(sister, record(1, "olivia jones", held));
        assertThat(match.weight()).isGreaterThan(Weights.log2(million.population()));
        assertThat(match.likelyDuplicate()).isFalse();
    }

    @Test
    void aSchoolThatDiffersCountsAgainstALittleSinceChildrenChangeSchoolAndASharedOneCountsALot() {
        Map<Detail, String> held = Map.of(Detail.SEX, "FEMALE", Detail.SCHOOL, "oakfield academy");
        SearchQuery same = form("Olivia", "Jones", Map.of("SEX", "FEMALE", "SCHOOL", "Oakfield Academy"));
        SearchQuery moved = form("Olivia", "Jones", Map.of("SEX", "FEMALE", "SCHOOL", "Brookfield High School"));
        SearchQuery notTyped = form("Olivia", "Jones", Map.of("SEX", "FEMALE"));
        Match agreeing = scorer.score(same, record(1, "olivia jones", held));
        Match differing = scorer.score(moved, record(1, "olivia jones", held));
        Match unknown = scorer.score(notTyped, record(1, "olivia jones", held));
        assertThat(agreeing.weight()).isGreaterThan(unknown.weight() + 8);
        assertThat(differing.reasons()).contains("School or setting differs");
        assertThat(unknown.weight() - differing.weight()).isBetween(0.5, 2.5);
    }

    @Test
    void schoolsAndPostcodesCompareAsTheyAreMeantNotAsTheyAreTyped() {
        assertThat(Detail.SCHOOL.normalise("The St. Mary's  School")).isEqualTo(Detail.SCHOOL.normalise("Saint Marys"));
        assertThat(Detail.SCHOOL.normalise("Oakfield & Brook")).isEqualTo("oakfield and brook");
        assertThat(Detail.POSTCODE.normalise(" ls1 4ab ")).isEqualTo("LS14AB");
        assertThat(Detail.POSTCODE.normalise("")).isEmpty();
        assertThat(Detail.SEX.normalise("NOT_KNOWN")).isEmpty();
    }

    @Test
    void aChangedSurnameWithTheDateIsLikelyWhenAParentOnRecordIsNamed() {
        Map<Detail, String> held = Map.of(
                Detail.SEX,
                "FEMALE",
                Detail.AREA,
                "7",
                Detail.PARENT_NAME,
                Detail.PARENT_NAME.joined(List.of("Sarah Jones", "Mark O'Neill")));
        SearchQuery bare = form("Olivia", "Smith", Map.of("SEX", "FEMALE", "AREA", "7"));
        SearchQuery father =
                form("Olivia", "Smith", Map.of("SEX", "FEMALE", "AREA", "7", "PARENT_NAME", "mark oneill"));
        assertThat(scorer.score(bare, record(1, "olivia jones", held)).likelyDuplicate())
                .isFalse();
        Match corroborated = scorer.score(father, record(1, "olivia jones", held));
        assertThat(corroborated.likelyDuplicate()).isTrue();
        assertThat(corroborated.reasons()).contains("Parent’s name matches");
    }

    @Test
    void aParentsNameMatchingNoneOnRecordCountsAgainstALittleAndNoneOnRecordCountsForNothing() {
        Map<Detail, String> withParent = Map.of(Detail.SEX, "FEMALE", Detail.PARENT_NAME, "sarah jones");
        SearchQuery other = form("Olivia", "Jones", Map.of("SEX", "FEMALE", "PARENT_NAME", "Kelly Jones"));
        SearchQuery notTyped = form("Olivia", "Jones", Map.of("SEX", "FEMALE"));
        Match differing = scorer.score(other, record(1, "olivia jones", withParent));
        Match unknown = scorer.score(notTyped, record(1, "olivia jones", withParent));
        Match noneOnRecord = scorer.score(other, record(1, "olivia jones", Map.of(Detail.SEX, "FEMALE")));
        assertThat(differing.reasons()).contains("Parent’s name differs");
        assertThat(unknown.weight() - differing.weight()).isBetween(1.0, 3.0);
        assertThat(noneOnRecord.weight()).isEqualTo(unknown.weight());
    }

    @Test
    void aParentsNameSharingTheChildsAgreeingSurnameCountsOnlyAsMuchAsTheParentsGivenNameTells() {
        Map<Detail, String> held = Map.of(Detail.SEX, "FEMALE", Detail.PARENT_NAME, "sarah jones");
        SearchQuery sameSurname = form("Olivia", "Jones", Map.of("SEX", "FEMALE"));
        SearchQuery changedSurname = form("Olivia", "Smith", Map.of("SEX", "FEMALE"));
        Map<String, String> parent = Map.of("SEX", "FEMALE", "PARENT_NAME", "Sarah Jones");
        double namesake = scorer.score(form("Olivia", "Jones", parent), record(1, "olivia jones", held))
                        .weight()
                - scorer.score(sameSurname, record(1, "olivia jones", held)).weight();
        double changed = scorer.score(form("Olivia", "Smith", parent), record(1, "olivia jones", held))
                        .weight()
                - scorer.score(changedSurname, record(1, "olivia jones", held)).weight();
        // 50 children have a parent Sarah Jones: among a million that is 14 bits, among the 30,000 Joneses 9.
        assertThat(changed).isBetween(13.0, 15.0);
        assertThat(namesake).isBetween(8.0, 10.0);
    }

    @Test
    void aParentsNamesAreHeldApartAndComparedAsTyped() {
        String joined = Detail.PARENT_NAME.joined(List.of("Sarah  Jones", "sarah jones", "Mark O’Neill", ""));
        assertThat(Detail.PARENT_NAME.held(joined)).containsExactly("sarah jones", "mark oneill");
        assertThat(Detail.POSTCODE.held("LS1 4AB")).containsExactly("LS14AB");
        assertThat(Detail.SCHOOL.held(null)).isEmpty();
    }

    @Test
    void aSharedIdentifierSettlesItWhateverElseDiffers() {
        SearchQuery typed = SearchQuery.of("Olivia", "Smith", Optional.empty(), List.of("9434765919"));
        Candidate held = new Candidate(
                1, List.of("olivia", "jones"), Optional.of(BIRTHDAY), false, Set.of("9434765919"), Map.of());
        Match match = scorer.score(typed, held);
        assertThat(match.likelyDuplicate()).isTrue();
        assertThat(match.score()).isEqualTo(100);
    }

    private static SearchQuery form(String given, String family, Map<String, String> typed) {
        return SearchQuery.of(given, family, Optional.of(BIRTHDAY), List.of()).with(details(typed));
    }

    private static Map<Detail, String> details(Map<String, String> typed) {
        Map<Detail, String> details = new java.util.EnumMap<>(Detail.class);
        typed.forEach((k, v) -> details.put(Detail.valueOf(k), v));
        return details;
    }

    private static Candidate record(long id, String names, Map<Detail, String> details) {
        return new Candidate(id, List.of(names.split(" ")), Optional.of(BIRTHDAY), false, Set.of(), details);
    }
}
