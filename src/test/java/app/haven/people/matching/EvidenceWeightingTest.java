package app.haven.people.matching;

import static app.haven.people.matching.Populations.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weighting by rarity, the tie rule, widening and date messages, on populations small enough to count by hand. */
class EvidenceWeightingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate BIRTHDAY = LocalDate.of(2012, 4, 3);

    /** A million people: John and Smith each held by 16,000, Olivia and Jones by 40,000, Wrenfield by 3; 105 born on the birthday. */
    private final Rarity million = Rarity.of(
            1_000_000,
            Map.of("john", 16_000, "smith", 16_000, "wrenfield", 3, "olivia", 40_000, "jones", 40_000),
            Map.of(BIRTHDAY, 105));

    private final MatchScorer scorer = new MatchScorer(million);

    @ParameterizedTest
    @CsvSource({"7, 7", "999, 999", "1000, '1,000'", "16000, '16,000'", "1234567, '1,234,567'"})
    void countsInReasonsAreGroupedByThousands(int count, String shown) {
        assertThat(Evidence.thousands(count)).isEqualTo(shown);
    }

    @Test
    void sharingARareSurnameMeansMoreThanSharingACommonFullName() {
        SearchQuery rare = parse("John Wrenfield");
        SearchQuery common = parse("John Smith");
        Match wrenfield = scorer.score(rare, person(1, "john wrenfield", ""));
        Match smith = scorer.score(common, person(2, "john smith", ""));
        Match onlyTheSurname = scorer.score(rare, person(3, "peter wrenfield", ""));
        assertThat(wrenfield.weight()).isGreaterThan(smith.weight() + 10);
        assertThat(onlyTheSurname.weight()).isGreaterThan(smith.weight());
        assertThat(wrenfield.reasons()).contains("Name ‘wrenfield’ matches (3 people have it)");
        assertThat(smith.reasons()).contains("Name ‘smith’ matches (16,000 people have it)");
    }

    @Test
    void aCommonFullNameAloneIsAPossibleMatchAmongAMillionNotAStrongOne() {
        Match smith = scorer.score(parse("John Smith"), person(2, "john smith", ""));
        assertThat(smith.score()).isLessThan(10);
        assertThat(smith.likelyDuplicate()).isFalse();
        assertThat(scorer.score(parse("John Wrenfield"), person(1, "john wrenfield", ""))
                        .score())
                .isGreaterThanOrEqualTo(85);
    }

    @Test
    void aGivenNameAndADateOfBirthAloneAreNotEnoughForALikelyDuplicate() {
        SearchQuery form = SearchQuery.of("Olivia", "Newman", Optional.of(BIRTHDAY), List.of());
        assertThat(scorer.score(form, person(1, "olivia jones", "2012-04-03")).likelyDuplicate())
                .isFalse();
    }

    @Test
    void aVeryCommonFullNameAndDateNeedSexOrAreaToCorroborateThemAmongAMillion() {
        SearchQuery bare = SearchQuery.of("Olivia", "Jones", Optional.of(BIRTHDAY), List.of());
        Candidate held = new Candidate(
                1,
                List.of("olivia", "jones"),
                Optional.of(BIRTHDAY),
                false,
                Set.of(),
                Map.of(Detail.SEX, "FEMALE", Detail.AREA, "7"));
        assertThat(scorer.score(bare, held).likelyDuplicate()).isFalse();
        SearchQuery corroborated = bare.with(Map.of(Detail.SEX, "FEMALE", Detail.AREA, "7"));
        Match match = scorer.score(corroborated, held);
        assertThat(match.likelyDuplicate()).isTrue();
        assertThat(match.reasons()).contains("Sex matches", "Area matches");
    }

    @Test
    void sexAndAreaAreEvidenceNotFilters() {
        Candidate held = new Candidate(
                1,
                List.of("john", "wrenfield"),
                Optional.of(BIRTHDAY),
                false,
                Set.of(),
                Map.of(Detail.SEX, "MALE", Detail.AREA, "7"));
        SearchQuery elsewhere = SearchQuery.of("John", "Wrenfield", Optional.of(BIRTHDAY), List.of())
                .with(Map.of(Detail.SEX, "FEMALE", Detail.AREA, "8"));
        Match match = scorer.score(elsewhere, held);
        assertThat(match.reasons()).contains("Sex differs", "Area differs");
        assertThat(match.likelyDuplicate()).isTrue();
        SearchQuery notKnown = SearchQuery.of("John", "Wrenfield", Optional.of(BIRTHDAY), List.of())
                .with(Map.of(Detail.SEX, "NOT_KNOWN"));
        assertThat(scorer.score(notKnown, held).reasons()).noneMatch(r -> r.startsWith("Sex"));
    }

    @Test
    void aRarePostcodeCorroboratesMoreThanACommonOne() {
        Rarity counted = new Rarity() {
            @Override
            public int population() {
                return 1_000_000;
            }

            @Override
            public int holders(String token) {
                return 16_000;
            }

            @Override
            public int bornThatDay(LocalDate date) {
                return 105;
            }

            @Override
            public java.util.OptionalInt sharing(Detail detail, String value) {
                return java.util.OptionalInt.of(value.equals("LS11AA") ? 2 : 900);
            }
        };
        MatchScorer scorer = new MatchScorer(counted);
        SearchQuery query = SearchQuery.of("Olivia", "Jones", Optional.of(BIRTHDAY), List.of());
        double rare = scorer.score(query.with(Map.of(Detail.POSTCODE, "LS1 1AA")), at(1, "LS1 1AA"))
                .weight();
        double common = scorer.score(query.with(Map.of(Detail.POSTCODE, "LS2 2BB")), at(1, "LS2 2BB"))
                .weight();
        assertThat(rare).isGreaterThan(common + 8);
    }

    @Test
    void equalScoresAreOrderedByFieldsAgreeingThenCloserDateThenOwnCasesThenRecord() {
        Match fewer = match(1, 2, 0);
        Match more = match(2, 3, 400);
        Match closer = match(3, 3, 0);
        Match own = match(5, 3, 0);
        Match other = match(4, 3, 0);
        Match weaker = new Match(6, 50, List.of(), false, 19.8, 5, 0);
        List<Match> ordered = new ArrayList<>(List.of(fewer, weaker, other, more, own, closer));
        ordered.sort(MatchOrder.by(id -> id == 5));
        assertThat(ordered).extracting(Match::personId).containsExactly(5L, 3L, 4L, 2L, 1L, 6L);
        assertThat(MatchOrder.tied(fewer, more)).isTrue();
        assertThat(MatchOrder.tied(fewer, weaker)).isFalse();
    }

    @Test
    void aWiderPassNeverDropsSomeoneAnEarlierPassScored() {
        List<Candidate> namesakes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            namesakes.add(person(100 + i, "olivia jones", "2011-0" + (1 + i % 9) + "-1" + (i % 10)));
        }
        Candidate truth = person(1, "olivia jones wrenfield", "2012-04-03");
        List<Candidate> everyone = new ArrayList<>(namesakes);
        everyone.add(truth);
        MatchScorer scorer = new MatchScorer(Populations.rarityOf(everyone));
        Scoreboard board = new Scoreboard(parse("Olivia Jones 3/4/2012"), scorer);
        board.score(1, truth);
        namesakes.forEach(c -> board.score(c.personId(), c));
        assertThat(board.top(5)).first().extracting(Scoreboard.Scored::personId).isEqualTo(1L);
        board.score(1, person(1, "olivia", ""));
        assertThat(board.top(1).get(0).match().reasons()).contains("Name ‘jones’ matches (301 people have it)");
    }

    @Test
    void widensOnlyWhenNoRecordMatchesEveryWordAndTheDate() {
        MatchScorer scorer = new MatchScorer(million);
        Scoreboard swapped = new Scoreboard(parse("Olivia Jones 4/3/2012"), scorer);
        swapped.score(1, person(1, "olivia jones", "2012-04-03"));
        assertThat(swapped.convincing()).isTrue();
        Scoreboard oneWordMissing = new Scoreboard(parse("Olivia Jonnes 4/3/2012"), scorer);
        oneWordMissing.score(1, person(1, "olivia smith", "2012-04-03"));
        assertThat(oneWordMissing.convincing()).isFalse();
        Scoreboard noDate = new Scoreboard(parse("Olivia Jones"), scorer);
        noDate.score(1, person(1, "olivia jones", ""));
        assertThat(noDate.convincing()).isTrue();
    }

    @Test
    void aPageOfEqualMatchesCountsHowManyMoreShareTheScore() {
        List<Candidate> namesakes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            namesakes.add(person(i + 1, "olivia jones", ""));
        }
        namesakes.add(person(99, "peter jones", ""));
        Scoreboard board = new Scoreboard(parse("Olivia Jones"), new MatchScorer(Populations.rarityOf(namesakes)));
        namesakes.forEach(c -> board.score(c.personId(), c));
        List<Scoreboard.Scored> top = board.top(10);
        assertThat(top)
                .extracting(Scoreboard.Scored::personId)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(board.sharingScore().get(top.get(9).match().rankWeight())).isEqualTo(40);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "29/02/2023|29 February 2023 does not exist — check the date",
                "29/2/23|29 February 2023 does not exist — check the date",
                "31/04/2012|31 April 2012 does not exist — check the date",
                "30 February 2012|30 February 2012 does not exist — check the date",
                "2012-02-30|30 February 2012 does not exist — check the date",
                "13/13/2012|13/13/2012 is not a date: there is no month 13 — check the date",
                "1/1/2030|1 January 2030 is in the future — check the date"
            })
    void explainsWhyADateCannotBeADateOfBirth(String typed, String message) {
        assertThat(DateOfBirthText.problem(typed, TODAY)).contains(message);
    }

    @Test
    void anImpossibleDateInTheSearchBoxIsReportedNotReadAsAnIdentifier() {
        SearchQuery query = parse("Amy Smith 29/02/2023");
        assertThat(query.dateProblem()).contains("29 February 2023 does not exist — check the date");
        assertThat(query.identifiers()).isEmpty();
        assertThat(query.nameTokens()).containsExactly("amy", "smith");
        assertThat(parse("Amy Smith 28/02/2023").dateProblem()).isEmpty();
        assertThat(DateOfBirthText.problem("29/02/2024", TODAY)).isEmpty();
    }

    @Test
    void aSlipInAThreeLetterNameIsFoundButWeighsLessThanTheName() {
        Rarity rarity = Rarity.of(1_000, Map.of("amy", 5, "zoe", 5, "smith", 20), Map.of());
        MatchScorer scorer = new MatchScorer(rarity);
        Match slip = scorer.score(parse("Amt Smith"), person(1, "amy smith", ""));
        Match exact = scorer.score(parse("Amy Smith"), person(1, "amy smith", ""));
        assertThat(slip.reasons()).contains("‘amt’ may be a typing slip for ‘amy’ (5 people have it)");
        assertThat(slip.weight()).isLessThan(exact.weight());
    }

    private static Match match(long id, int agreeing, int days) {
        return new Match(id, 50, List.of(), false, 20.0, agreeing, days);
    }

    private static Candidate at(long id, String postcode) {
        return new Candidate(
                id,
                List.of("olivia", "jones"),
                Optional.of(BIRTHDAY),
                false,
                Set.of(),
                Map.of(Detail.POSTCODE, postcode));
    }

    private static SearchQuery parse(String text) {
        return SearchQuery.parse(text, TODAY);
    }
}
