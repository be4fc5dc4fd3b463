package app.haven.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrategySentencesTest {

    private final StrategySentences sentences = new StrategySentences(DisclosureControl.official());

    private static StrategySentences.Figures strategyYear() {
        return new StrategySentences.Figures(
                Period.year(2016),
                499,
                158,
                Period.year(2012),
                93,
                Optional.of("Online grooming or social media"),
                45,
                400,
                380,
                19,
                12,
                320,
                40,
                300,
                270);
    }

    @Test
    void writesTheStrategysSentencesFromTheFigures() {
        assertThat(sentences.sentences(strategyYear()))
                .containsExactly(
                        "499 children identified at risk in 2016/17 compared with 158 in 2012/13, an increase of"
                                + " 215.8%.",
                        "93 referrals to the commissioned service, most for online grooming or social media.",
                        "95.0% of young people had reduced risk at closure.",
                        "19 disclosures made during support, of which 12 led to police action.",
                        "320 missing episodes began in 2016/17; 40 children went missing repeatedly.",
                        "90.0% of children returning from a missing episode were offered a return home interview"
                                + " within 72 hours.");
    }

    @Test
    void saysADecreaseWhenFewerChildrenWereIdentified() {
        StrategySentences.Figures f = strategyYear();
        StrategySentences.Figures fewer = new StrategySentences.Figures(
                f.period(), 100, 200, Period.year(2015), 0, Optional.empty(), 0, 0, 0, 0, 0, 0, 0, 0, 0);

        assertThat(sentences.sentences(fewer))
                .startsWith(
                        "100 children identified at risk in 2016/17 compared with 200 in 2015/16, a decrease of 50.0%.",
                        "0 referrals to the commissioned service.")
                .doesNotContain("0.0% of young people had reduced risk at closure.")
                .contains("0 disclosures made during support.");
    }

    @Test
    void neverWritesASmallNumberOrAShareThatWouldRevealOne() {
        StrategySentences.Figures small = new StrategySentences.Figures(
                Period.year(2020),
                4,
                30,
                Period.year(2019),
                3,
                Optional.of("Missing episodes"),
                2,
                100,
                97,
                2,
                1,
                1,
                0,
                10,
                10);

        assertThat(String.join(" ", sentences.sentences(small)))
                .contains("Fewer than 6 children identified at risk in 2020/21 compared with 30 in 2019/20.")
                .contains("Fewer than 6 referrals to the commissioned service.")
                .contains("Fewer than 6 disclosures made during support, of which fewer than 6 led to police action.")
                .contains("Fewer than 6 missing episodes began in 2020/21; 0 children went missing repeatedly.")
                .doesNotContain("97")
                .doesNotContain(" 4 ");
    }
}
