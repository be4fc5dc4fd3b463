package app.haven.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatchingTest {

    /** A thousand people: a few named Smith, one Katherine, one date shared by a handful. */
    private final MatchScorer scorer = new MatchScorer(Rarity.of(
            1_000,
            java.util.Map.of("smith", 20, "john", 30, "katherine", 1, "amy", 10),
            java.util.Map.of(LocalDate.of(2012, 4, 3), 1, LocalDate.of(2012, 3, 4), 1)));

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"O'Brien|obrien", "Zoë Smith-Jones|zoe smith jones", "  Mary   ANN  |mary ann", "D’Arcy|darcy"})
    void normalisesNames(String typed, String tokens) {
        assertThat(NameNormaliser.tokens(typed)).isEqualTo(List.of(tokens.split(" ")));
    }

    @ParameterizedTest
    @CsvSource({
        "kate, katherine, VARIANT",
        "jayden, jaydon, VARIANT",
        "muhammad, mohammed, VARIANT",
        "smyth, smith, SOUNDS_ALIKE",
        "caitlin, kaitlyn, VARIANT",
        "jonh, john, SOUNDS_ALIKE",
        "smitch, smith, TYPO",
        "smi, smith, PREFIX",
        "tania, dana, NONE",
        "amy, zoe, NONE",
        "jom, jon, SHORT_TYPO",
        "amt, amy, SHORT_TYPO"
    })
    void matchesEachWordByTheStrongestRule(String searched, String held, NameMatch expected) {
        assertThat(NameMatch.of(searched, held)).isEqualTo(expected);
    }

    @Test
    void countsTyposByEditsAllowingMoreForLongerNames() {
        assertThat(NameMatch.distance("john", "jonh")).isEqualTo(1);
        assertThat(NameMatch.isTypo("alexzander", "alexander")).isTrue();
        assertThat(NameMatch.isTypo("alexandar", "aleksander")).isFalse();
        assertThat(NameMatch.isTypo("amy", "amt")).isTrue();
        assertThat(NameMatch.isTypo("jo", "ja")).isFalse();
    }

    @Test
    void matchesNamesInAnyOrderAndSaysWhy() {
        Match match = scorer.score(parse("Smith Katie 3/4/2012"), candidate(1, "katherine smith", "2012-04-03"));
        assertThat(match.reasons())
                .containsExactly(
                        "Name ‘smith’ matches (20 people have it)",
                        "‘katie’ is a variant of ‘katherine’ (1 person has it)",
                        "Date of birth matches (1 person born that day)");
        assertThat(match.score()).isGreaterThanOrEqualTo(85);
        assertThat(match.likelyDuplicate()).isTrue();
    }

    @Test
    void ranksAnExactDateAboveASwappedOneAboveADifferentOne() {
        SearchQuery query = parse("John Smith 3/4/2012");
        double same =
                scorer.score(query, candidate(1, "john smith", "2012-04-03")).weight();
        double swapped =
                scorer.score(query, candidate(2, "john smith", "2012-03-04")).weight();
        double different =
                scorer.score(query, candidate(3, "john smith", "2009-10-17")).weight();
        assertThat(same).isGreaterThan(swapped);
        assertThat(swapped).isGreaterThan(different);
        assertThat(scorer.score(query, candidate(2, "john smith", "2012-03-04")).reasons())
                .anyMatch(reason -> reason.startsWith("Date of birth matches with day and month swapped"));
    }

    @Test
    void anIdentifierMatchSettlesIt() {
        SearchQuery query = parse("943 476 5919");
        Match match = scorer.score(
                query, new Candidate(1, List.of("amy", "smith"), Optional.empty(), false, Set.of("9434765919")));
        assertThat(match.score()).isEqualTo(100);
        assertThat(match.reasons()).containsExactly("Identifier 9434765919 matches");
        assertThat(match.likelyDuplicate()).isTrue();
    }

    @Test
    void aChangedSurnameWithARareGivenNameAndTheSameDateOfBirthIsALikelyDuplicate() {
        SearchQuery form = SearchQuery.of("Katherine", "Jones", Optional.of(LocalDate.of(2012, 4, 3)), List.of());
        assertThat(scorer.score(form, candidate(1, "katherine smith", "2012-04-03"))
                        .likelyDuplicate())
                .isTrue();
        assertThat(scorer.score(form, candidate(1, "katherine smith", "2012-04-04"))
                        .likelyDuplicate())
                .isFalse();
    }

    @Test
    void sharingACommonNameWithADifferentDateOfBirthIsNotADuplicate() {
        SearchQuery form = SearchQuery.of("John", "Smith", Optional.of(LocalDate.of(2012, 4, 3)), List.of());
        Match match = scorer.score(form, candidate(1, "john smith", "2008-09-21"));
        assertThat(match.likelyDuplicate()).isFalse();
        assertThat(match.reasons()).contains("Date of birth differs");
    }

    @Test
    void anEstimatedDateOfBirthMatchesOnlyNearTheYear() {
        SearchQuery query = parse("Amy Smith 3/4/2012");
        Candidate estimated =
                new Candidate(1, List.of("amy", "smith"), Optional.of(LocalDate.of(2012, 7, 1)), true, Set.of());
        Match match = scorer.score(query, estimated);
        assertThat(match.reasons()).contains("Estimated year of birth is close");
        assertThat(match.weight())
                .isGreaterThan(scorer.score(
                                query,
                                new Candidate(
                                        2,
                                        List.of("amy", "smith"),
                                        Optional.of(LocalDate.of(2009, 7, 1)),
                                        true,
                                        Set.of()))
                        .weight());
    }

    @Test
    void readsNamesDatesAndIdentifiersFromOneSearchBox() {
        SearchQuery query = SearchQuery.parse("Katie O'Brien 3 April 2012 943 476 5919 PND/123", TODAY);
        assertThat(query.nameTokens()).containsExactly("katie", "obrien");
        assertThat(query.dateOfBirth()).contains(LocalDate.of(2012, 4, 3));
        assertThat(query.identifiers()).containsExactly("9434765919", "PND/123");
    }

    @Test
    void countsTheGivenNamesOfAStructuredQuery() {
        SearchQuery form = SearchQuery.of("Mary Ann", "Smith", Optional.empty(), List.of());
        assertThat(form.nameTokens()).containsExactly("mary", "ann", "smith");
        assertThat(form.givenNameCount()).isEqualTo(2);
    }

    private static SearchQuery parse(String text) {
        return SearchQuery.parse(text, TODAY);
    }

    private static Candidate candidate(long id, String names, String dob) {
        return new Candidate(id, List.of(names.split(" ")), Optional.of(LocalDate.parse(dob)), false, Set.of());
    }
}
