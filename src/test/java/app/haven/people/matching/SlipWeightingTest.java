package app.haven.people.matching;

import static app.haven.people.matching.Populations.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a typing slip is worth, on a million people counted by hand: a slip that is no one's name counts as the name
 * it stands for, a slip that is another name does not.
 */
class SlipWeightingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** Augustine 40,000; Huel 100,000 and Huels 2,500 (one slip apart); Wrenfield 3. */
    private final Rarity million = Rarity.of(
            1_000_000,
            Map.of("augustine", 40_000, "huel", 100_000, "huels", 2_500, "wrenfield", 3, "smith", 16_000),
            Map.of());

    private final MatchScorer scorer = new MatchScorer(million);

    @Test
    void aSlipThatIsNoOnesNameCountsAsMuchAsTheNameItStandsFor() {
        Candidate augustine = person(1, "augustine smith", "");
        Match typedRight = scorer.score(SearchQuery.parse("Augustine Smith", TODAY), augustine);
        Match slipped = scorer.score(SearchQuery.parse("Aurustine Smith", TODAY), augustine);
        assertThat(slipped.weight()).isCloseTo(typedRight.weight(), within(0.01));
        assertThat(slipped.reasons())
                .contains("‘aurustine’ looks like a typing slip for ‘augustine’ (40,000 people have it)");
    }

    @Test
    void aSlipThatIsSomeoneElsesNameStaysWeakerThanTheNameTypedRight() {
        Candidate huels = person(1, "augustine huels", "");
        Match typedRight = scorer.score(SearchQuery.parse("Augustine Huels", TODAY), huels);
        Match otherName = scorer.score(SearchQuery.parse("Augustine Huel", TODAY), huels);
        assertThat(otherName.weight()).isLessThan(typedRight.weight() - 1);
    }

    @Test
    void aSlipIsWeighedByEveryNameItCouldStandFor() {
        // "Huelx" is no one's name and one slip from both Huel (100,000) and Huels (2,500): it is about as telling as
        // the commoner of the two, not as the rare one it happened to be paired with.
        Candidate huels = person(1, "wrenfield huels", "");
        Match slipped = scorer.score(SearchQuery.parse("Wrenfield Huelx", TODAY), huels);
        Match rareTypedRight = scorer.score(SearchQuery.parse("Wrenfield Huels", TODAY), huels);
        assertThat(rareTypedRight.weight() - slipped.weight()).isGreaterThan(5);
    }
}
