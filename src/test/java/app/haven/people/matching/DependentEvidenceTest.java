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
 * Evidence that says nothing new is not counted twice, a twin is never a likely duplicate, and a match the check
 * cannot tell apart without more is asked about rather than waved through or called likely: on a hand-counted
 * population of a million (Olivia 40,000, Jones 30,000, Smith 20,000, Amelia 35,000, Ottilie 2,000; 105 born on the birthday; eight
 * children per postcode, 400 per school, half each sex, an eighth each area, 50 with each parent's name).
 */
class DependentEvidenceTest {

    static final LocalDate BIRTHDAY = LocalDate.of(2012, 4, 3);

    private final Rarity million = new Rarity() {
        @Override
        public int population() {
            return 1_000_000;
        }

        @Override
        public int holders(String token) {
            return Map.of("olivia", 40_000, "jones", 30_000, "smith", 20_000, "amelia", 35_000, "ottilie", 2_000)
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
    void aSexThatAgreesAddsNothingOnceAGivenNameAgreesButOneThatDiffersStillCounts() {
        Map<Detail, String> held = Map.of(Detail.SEX, "FEMALE");
        double without = weight(form("Olivia", "Jones", Map.of()), held);
        assertThat(weight(form("Olivia", "Jones", Map.of(Detail.SEX, "FEMALE")), held))
                .isEqualTo(without);
        assertThat(weight(form("Olivia", "Jones", Map.of(Detail.SEX, "MALE")), held))
                .isLessThan(without - 4);
        // With the given name not agreeing, the sex is still evidence.
        assertThat(weight(form("Amelia", "Jones", Map.of(Detail.SEX, "FEMALE")), held))
                .isGreaterThan(weight(form("Amelia", "Jones", Map.of()), held) + 0.5);
    }

    @Test
    void anAreaThatAgreesAddsNothingOnceThePostcodeOrSchoolAgreesButCountsAlone() {
        Map<Detail, String> held = Map.of(Detail.AREA, "7", Detail.POSTCODE, "LS14AB", Detail.SCHOOL, "oakfield");
        double postcode = weight(form("Olivia", "Jones", Map.of(Detail.POSTCODE, "LS1 4AB")), held);
        double school = weight(form("Olivia", "Jones", Map.of(Detail.SCHOOL, "Oakfield")), held);
        double none = weight(form("Olivia", "Jones", Map.of()), held);
        assertThat(weight(form("Olivia", "Jones", Map.of(Detail.POSTCODE, "LS1 4AB", Detail.AREA, "7")), held))
                .isEqualTo(postcode);
        assertThat(weight(form("Olivia", "Jones", Map.of(Detail.SCHOOL, "Oakfield", Detail.AREA, "7")), held))
                .isEqualTo(school);
        assertThat(weight(form("Olivia", "Jones", Map.of(Detail.AREA, "7")), held))
                .isGreaterThan(none + 2);
        Match match = scorer.score(
                form("Olivia", "Jones", Map.of(Detail.POSTCODE, "LS1 4AB", Detail.AREA, "7")),
                candidate("olivia jones", held));
        assertThat(match.reasons()).contains("Area matches", "Postcode matches");
    }

    @Test
    void aTwinSharingSurnameBirthdayAddressSchoolAndParentIsNeverALikelyDuplicate() {
        Map<Detail, String> held = Map.of(
                Detail.AREA, "7",
                Detail.POSTCODE, "LS14AB",
                Detail.SCHOOL, "oakfield",
                Detail.PARENT_NAME, "sarah jones");
        Map<Detail, String> typed = Map.of(
                Detail.AREA, "7",
                Detail.POSTCODE, "LS1 4AB",
                Detail.SCHOOL, "Oakfield",
                Detail.PARENT_NAME, "Sarah Jones");
        Match twin = scorer.score(form("Amelia", "Jones", typed), candidate("olivia jones", held));
        assertThat(twin.weight()).isGreaterThan(Weights.log2(million.population()) + MatchScorer.LIKELY_MARGIN);
        assertThat(twin.likelyDuplicate()).isFalse();
        assertThat(scorer.score(form("Olivia", "Jones", typed), candidate("olivia jones", held))
                        .likelyDuplicate())
                .isTrue();
    }

    @Test
    void aChangedSurnameWithTheDateAndNothingMoreCannotBeToldApartSoTheCheckAsksForMore() {
        Map<Detail, String> held = Map.of(Detail.SEX, "FEMALE", Detail.AREA, "7");
        // Ottilie, Smith and the birthday among a million: about one child in four such checks shares them by chance.
        Match changed = scorer.score(
                form("Ottilie", "Smith", Map.of(Detail.SEX, "FEMALE", Detail.AREA, "7")),
                candidate("ottilie jones", held));
        assertThat(changed.likelyDuplicate()).isFalse();
        assertThat(scorer.cannotTellApart(changed)).isTrue();
    }

    @Test
    void aNamesakeBornAnotherDayIsNeitherLikelyNorAskedAbout() {
        Candidate other = new Candidate(
                1,
                List.of("olivia", "jones"),
                Optional.of(BIRTHDAY.minusYears(3).plusDays(40)),
                false,
                Set.of(),
                Map.of(Detail.SEX, "FEMALE", Detail.AREA, "7"));
        Match namesake = scorer.score(form("Olivia", "Jones", Map.of(Detail.SEX, "FEMALE", Detail.AREA, "7")), other);
        assertThat(namesake.likelyDuplicate()).isFalse();
        assertThat(scorer.cannotTellApart(namesake)).isFalse();
    }

    @Test
    void aLikelyDuplicateIsNotAlsoAskedAbout() {
        Map<Detail, String> held = Map.of(Detail.POSTCODE, "LS14AB");
        Match likely = scorer.score(
                form("Olivia", "Jones", Map.of(Detail.POSTCODE, "LS1 4AB")), candidate("olivia jones", held));
        assertThat(likely.likelyDuplicate()).isTrue();
        assertThat(scorer.cannotTellApart(likely)).isFalse();
    }

    private double weight(SearchQuery query, Map<Detail, String> held) {
        return scorer.score(query, candidate("olivia jones", held)).weight();
    }

    private static SearchQuery form(String given, String family, Map<Detail, String> typed) {
        return SearchQuery.of(given, family, Optional.of(BIRTHDAY), List.of()).with(typed);
    }

    private static Candidate candidate(String names, Map<Detail, String> details) {
        return new Candidate(1, List.of(names.split(" ")), Optional.of(BIRTHDAY), false, Set.of(), details);
    }
}
