package app.haven.screening.banding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolDefinitionReaderTest {

    @Test
    void readsTheShippedLevelTool() {
        ToolDefinition tool = shipped("cse-levels-v2.yaml");
        assertThat(tool.rules().method()).isEqualTo(ToolDefinition.Method.LEVELS);
        assertThat(tool.bands()).extracting(Band::code).containsExactly("NONE", "LOW", "MEDIUM", "HIGH");
        assertThat(tool.indicators()).hasSizeGreaterThan(35);
        BandingResult result =
                Banding.band(tool, List.of(Response.present("cars-unknown-adults")), new ChildFacts(12, false));
        assertThat(result.band().code()).isEqualTo("HIGH");
        assertThat(String.join(" ", result.reasons())).contains("by the age rule");
    }

    @Test
    void readsTheShippedPointsTool() {
        ToolDefinition tool = shipped("cse-points-v1.yaml");
        BandingResult result = Banding.band(
                tool,
                List.of(Response.present("controlling-adult"), Response.present("home-late")),
                new ChildFacts(15, false));
        assertThat(result.points()).isEqualTo(6);
        assertThat(result.band().code()).isEqualTo("MILD");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "method: GUESS|line 5: method must be LEVELS or POINTS, not GUESS",
                "- {id: a, wording: A}|line 14: indicator a needs a level",
                "- {id: a, level: EXTREME, wording: A}|line 14: level EXTREME is not one of",
                "- {id: late, level: LOW, wording: Again}|line 14: indicator id late is used twice",
                "rescreenWeeks: {URGENT: 1}|line 8: no band has the code URGENT",
                "- {id: x, level: LOW, wording: [unclosed|line 14: not valid YAML"
            })
    void aBrokenDefinitionNamesTheLineOfTheProblem(String brokenLine, String message) {
        String yaml = """
                id: broken
                version: 1
                name: Broken tool
                bands: [{code: NONE, label: None}, {code: LOW, label: Low}, {code: MEDIUM, label: Medium}, {code: HIGH, label: High}]
                method: LEVELS
                rules:
                  lowsForMedium: 3
                  rescreenWeeks: {HIGH: 4}
                domains:
                  - name: Whereabouts
                    indicators:
                      - {id: late, level: LOW, wording: Home late}
                      - {id: cars, level: HIGH, wording: Cars}
                      - {id: spare, level: LOW, wording: Spare}
                """;
        String[] lines = yaml.split("\n");
        if (brokenLine.startsWith("method:")) {
            lines[4] = brokenLine;
        } else if (brokenLine.startsWith("rescreenWeeks")) {
            lines[7] = "  " + brokenLine;
        } else {
            lines[13] = "      " + brokenLine;
        }
        String broken = String.join("\n", lines);
        assertThatThrownBy(() -> ToolDefinitionReader.read("broken.yaml", new StringReader(broken)))
                .isInstanceOf(ToolDefinitionException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining(message);
    }

    @Test
    void anUnquotedCommaThatCutsAWordingShortIsRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> shipped("cse-levels-v1.yaml"))
                .isInstanceOf(ToolDefinitionException.class)
                .hasMessageContaining("cse-levels-v1.yaml line 22: unknown key ‘or repeatedly’")
                .hasMessageContaining("put that value in quotes");
        ToolDefinitionReader.Reading superseded =
                ToolDefinitionReader.readLeniently("cse-levels-v1.yaml", reader("cse-levels-v1.yaml"));
        assertThat(superseded.problems()).hasSize(1);
        assertThat(superseded.tool().indicatorsById().get("missing-overnight").wording())
                .as("why version 1 is superseded")
                .isEqualTo("Missing from home or care overnight");
        assertThat(shipped("cse-levels-v2.yaml")
                        .indicatorsById()
                        .get("missing-overnight")
                        .wording())
                .isEqualTo("Missing from home or care overnight, or repeatedly");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "- {id: x, level: LOW, wording: Out late, often}|line 14: unknown key ‘often’",
                "- {id: x, level: LOW, wording: Out, colour: red}|line 14: unknown key ‘colour’; the keys here are",
                "- {id: x, level: LOW, wording: A, wording: B}|line 14: wording is given twice",
                "- {id: x, level: LOW, wording: A, guidance: }|line 14: guidance has no value",
                "- {id: x, level: LOW, wording: A, disclosure: yes}|line 14: disclosure must be true or false, not yes"
            })
    void strayRepeatedAndEmptyKeysAreRefusedNamingTheLine(String line, String message) {
        String yaml = BROKEN_BASE.replace("      - {id: spare, level: LOW, wording: Spare}", "      " + line);
        assertThatThrownBy(() -> ToolDefinitionReader.read("strict.yaml", new StringReader(yaml)))
                .isInstanceOf(ToolDefinitionException.class)
                .hasMessageContaining("strict.yaml " + message);
    }

    @Test
    void theLearningDisabilityQuestionMustBeAnIndicatorOfTheTool() {
        String yaml =
                BROKEN_BASE.replace("  lowsForMedium: 3", "  lowsForMedium: 3\n  learningDisabilityIndicator: ld");
        assertThatThrownBy(() -> ToolDefinitionReader.read("ld.yaml", new StringReader(yaml)))
                .isInstanceOf(ToolDefinitionException.class)
                .hasMessageContaining("ld.yaml line 8: learningDisabilityIndicator names no indicator: ld");
    }

    private static final String BROKEN_BASE = """
            id: broken
            version: 1
            name: Broken tool
            bands: [{code: NONE, label: None}, {code: LOW, label: Low}, {code: MEDIUM, label: Medium}, {code: HIGH, label: High}]
            method: LEVELS
            rules:
              lowsForMedium: 3
              rescreenWeeks: {HIGH: 4}
            domains:
              - name: Whereabouts
                indicators:
                  - {id: late, level: LOW, wording: Home late}
                  - {id: cars, level: HIGH, wording: Cars}
                  - {id: spare, level: LOW, wording: Spare}
            """;

    private static java.io.Reader reader(String file) {
        return new InputStreamReader(
                ToolDefinitionReaderTest.class.getResourceAsStream("/screening/" + file), StandardCharsets.UTF_8);
    }

    private static ToolDefinition shipped(String file) {
        return ToolDefinitionReader.read(
                file,
                new InputStreamReader(
                        ToolDefinitionReaderTest.class.getResourceAsStream("/screening/" + file),
                        StandardCharsets.UTF_8));
    }
}
