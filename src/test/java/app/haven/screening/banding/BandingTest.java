package app.haven.screening.banding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven banding: each row is the answers (id, or id:EARLIER / id:BOTH for a time, id? for not known), the
 * child's age and learning disability, the band expected and a phrase the explanation must contain.
 */
class BandingTest {

    @ParameterizedTest(name = "{0}, age {1}{2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|15|false|NONE|no indicator is present",
                "late|15|false|LOW|low indicator present: Regularly home late",
                "late,phone|15|false|LOW|low indicators present",
                "late,phone,gifts|15|false|MEDIUM|3 low indicators together",
                "older|15|false|MEDIUM|medium indicator present: Older boyfriend or girlfriend",
                "older,late|15|false|MEDIUM|Older boyfriend or girlfriend",
                "cars|15|false|HIGH|high indicator present: Getting into cars with unknown adults",
                "cars,older,late|16|false|HIGH|high indicator present",
                "disclosed|16|false|HIGH|by the disclosure rule",
                "disclosed,late|16|false|HIGH|by the disclosure rule: Has disclosed sexual exploitation",
                "cars|12|false|HIGH|by the age rule",
                "cars|13|false|HIGH|by the age rule",
                "cars|14|false|HIGH|high indicator present",
                "late|12|false|MEDIUM|a child under 13 is never banded low",
                "late|13|false|LOW|low indicator present",
                "late|15|true|MEDIUM|a child with a learning disability is never banded low",
                "''|12|true|NONE|no indicator is present",
                "lac|15|false|NONE|Vulnerabilities noted",
                "lac,late|15|false|LOW|Vulnerabilities noted (they raise concern but do not set the band): Looked-after child",
                "late?|15|false|NONE|answered ‘not known’",
                "late?,phone|15|false|LOW|1 indicator was answered ‘not known’",
                "cars?,older|15|false|MEDIUM|find out and re-screen",
                "cars?,late?,older|15|false|MEDIUM|2 indicators were answered ‘not known’ and counted as not present"
                        + " (Getting into cars with unknown adults; Regularly home late)",
                "ld,late|15|false|MEDIUM|never banded low (‘Learning disability or special educational needs’ answered"
                        + " present in this screening)",
                "ld,late|15|true|MEDIUM|never banded low (recorded on the child's details, and ‘Learning disability",
                "late|15|true|MEDIUM|never banded low (recorded on the child's details)",
                "ld|15|false|NONE|no indicator is present",
                "late|12|false|MEDIUM|The indicators alone give Low: low indicator present"
            })
    void bandsTheLevelTool(String answers, int age, boolean learningDisability, String band, String reason) {
        BandingResult result =
                Banding.band(TestTools.LEVELS, responses(answers), new ChildFacts(age, learningDisability));
        assertThat(result.band().code()).isEqualTo(band);
        assertThat(String.join(" | ", result.reasons())).contains(reason);
        assertThat(result.reasons().get(0))
                .as("the first reason is the rule that decided the band")
                .startsWith(result.band().label());
    }

    @ParameterizedTest(name = "{0}, age {1}: {3} ({4} points)")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|15|false|NOT_AT_RISK|0|0 points",
                "abuse,lac|15|false|NOT_AT_RISK|2|2 points from History of abuse (1 point); Looked-after child (1 point)",
                "older|15|false|NOT_AT_RISK|5|5 points",
                "older,late|15|false|MILD|6|6 points",
                "older:EARLIER,late|15|false|NOT_AT_RISK|2|Relationship with a controlling adult (1 point)",
                "older:BOTH|15|false|MILD|6|Relationship with a controlling adult (6 points)",
                "late:EARLIER,school|15|false|NOT_AT_RISK|1|1 point from Absent from school (1 point)",
                "older,cars,abuse|15|false|MODERATE|11|11 points",
                "older,cars,hotels|15|false|MODERATE|15|15 points",
                "older,cars,hotels,lac|15|false|SIGNIFICANT|16|16 points",
                "older|13|false|SIGNIFICANT|5|by the age rule",
                "older:EARLIER|12|false|SIGNIFICANT|1|by the age rule",
                "disclosed|16|false|SIGNIFICANT|5|by the disclosure rule",
                "late?,abuse|15|false|NOT_AT_RISK|1|answered ‘not known’",
                "late|12|true|NOT_AT_RISK|1|1 point"
            })
    void bandsThePointsTool(
            String answers, int age, boolean learningDisability, String band, int points, String reason) {
        BandingResult result =
                Banding.band(TestTools.POINTS, responses(answers), new ChildFacts(age, learningDisability));
        assertThat(result.band().code()).isEqualTo(band);
        assertThat(result.points()).isEqualTo(points);
        assertThat(String.join(" | ", result.reasons())).contains(reason).doesNotContain("(1 points)");
        assertThat(result.reasons().get(0))
                .as("the first reason is the rule that decided the band")
                .startsWith(result.band().label());
    }

    @ParameterizedTest(name = "computed {0}, standing {1}, judged {2}: approval {3}")
    @CsvSource({
        "HIGH, HIGH, MEDIUM, true",
        "HIGH, HIGH, NONE, true",
        "LOW, LOW, HIGH, false",
        "NONE, NONE, LOW, false",
        // Raised by judgement from Low to High: bringing it back to Medium lowers the band that stands.
        "LOW, HIGH, MEDIUM, true",
        "LOW, HIGH, LOW, true",
        // Lowered with approval from High to Low: raising to Medium applies at once.
        "HIGH, LOW, MEDIUM, false"
    })
    void loweringTheBandThatStandsAlwaysNeedsApproval(
            String computed, String standing, String judged, boolean needsApproval) {
        OverrideDecision decision = OverrideDecision.of(
                TestTools.LEVELS.band(computed),
                TestTools.LEVELS.band(standing),
                TestTools.LEVELS.band(judged),
                "Known to school.");
        assertThat(decision.needsApproval()).isEqualTo(needsApproval);
        assertThat(decision.explanation())
                .startsWith(TestTools.LEVELS.band(judged).label() + " by professional judgement (the tool computed "
                        + TestTools.LEVELS.band(computed).label());
        assertThatThrownBy(() -> OverrideDecision.of(
                        TestTools.LEVELS.band(computed),
                        TestTools.LEVELS.band(standing),
                        TestTools.LEVELS.band(standing),
                        "same"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesRescreenIntervalsByBand() {
        assertThat(Banding.rescreenWeeks(TestTools.LEVELS, TestTools.LEVELS.band("HIGH")))
                .contains(4);
        assertThat(Banding.rescreenWeeks(TestTools.LEVELS, TestTools.LEVELS.band("NONE")))
                .isEmpty();
        assertThat(Banding.rescreenWeeks(TestTools.POINTS, TestTools.POINTS.band("MILD")))
                .contains(12);
    }

    @Test
    void refusesAnswersToIndicatorsTheToolDoesNotHave() {
        assertThatThrownBy(() -> Banding.band(
                        TestTools.LEVELS, List.of(Response.present("tampered")), new ChildFacts(15, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tampered");
    }

    @Test
    void listsNotKnownAnswersSeparately() {
        BandingResult result = Banding.band(TestTools.LEVELS, responses("late?,older?"), new ChildFacts(15, false));
        assertThat(result.notKnown()).containsExactly("Regularly home late", "Older boyfriend or girlfriend");
    }

    private static List<Response> responses(String answers) {
        List<Response> responses = new ArrayList<>();
        for (String answer : answers.split(",")) {
            if (answer.isBlank()) {
                continue;
            }
            if (answer.endsWith("?")) {
                responses.add(new Response(answer.substring(0, answer.length() - 1), Answer.NOT_KNOWN, Timing.CURRENT));
            } else if (answer.contains(":")) {
                String[] parts = answer.split(":");
                responses.add(new Response(parts[0], Answer.PRESENT, Timing.valueOf(parts[1])));
            } else {
                responses.add(Response.present(answer));
            }
        }
        return responses;
    }
}
