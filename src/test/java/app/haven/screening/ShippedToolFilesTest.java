package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.screening.banding.Indicator;
import app.haven.screening.banding.ToolDefinition;
import app.haven.screening.banding.ToolDefinitionReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every tool file Haven ships reads back exactly: each indicator's wording as parsed is the wording written on its
 * line of the file, character for character (checked against the text, not through the YAML parser), so a value cut
 * short by YAML syntax cannot pass unseen. The newest version of each tool must also pass the strict reader.
 */
class ShippedToolFilesTest {

    private static final Pattern LINE = Pattern.compile("\\{id: ([a-z0-9-]+),.*\\bwording: (.+)}\\s*$");

    @Test
    void everyNewestToolVersionReadsBackExactly() throws IOException {
        Map<String, String> files = shippedFiles();
        Map<String, ToolDefinitionReader.Reading> readings = new LinkedHashMap<>();
        files.forEach(
                (name, text) -> readings.put(name, ToolDefinitionReader.readLeniently(name, new StringReader(text))));
        ScreeningTools.checkStrictly(readings.values());

        Map<String, Integer> newest = new LinkedHashMap<>();
        readings.values().forEach(r -> newest.merge(r.tool().id(), r.tool().version(), Math::max));
        List<String> checked = new ArrayList<>();
        readings.forEach((name, reading) -> {
            ToolDefinition tool = reading.tool();
            if (newest.get(tool.id()) != tool.version()) {
                return;
            }
            assertThat(reading.problems()).as(name).isEmpty();
            Map<String, String> written = writtenWordings(files.get(name));
            assertThat(written.keySet())
                    .as(name + ": every indicator line was understood")
                    .containsExactlyInAnyOrderElementsOf(tool.indicatorsById().keySet());
            for (Indicator indicator : tool.indicators()) {
                assertThat(indicator.wording()).as(name + ": " + indicator.id()).isEqualTo(written.get(indicator.id()));
                checked.add(name + ":" + indicator.id());
            }
        });
        assertThat(newest).containsKeys("cse-levels", "cse-points");
        assertThat(checked).hasSizeGreaterThan(50);
    }

    @Test
    void theSupersededLevelToolIsKeptWithItsDefectReported() throws IOException {
        String text = shippedFiles().get("cse-levels-v1.yaml");
        Map<String, String> written = writtenWordings(text);
        ToolDefinitionReader.Reading reading =
                ToolDefinitionReader.readLeniently("cse-levels-v1.yaml", new StringReader(text));
        assertThat(written.get("missing-overnight")).isEqualTo("Missing from home or care overnight, or repeatedly");
        assertThat(reading.tool().indicatorsById().get("missing-overnight").wording())
                .isNotEqualTo(written.get("missing-overnight"));
        assertThat(reading.problems()).singleElement().asString().contains("line 22");
    }

    /** Indicator id to wording as written on its line: quotes removed ('' is one quote), nothing else interpreted. */
    private static Map<String, String> writtenWordings(String text) {
        Map<String, String> wordings = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                String value = m.group(2).strip();
                if (value.startsWith("'") && value.endsWith("'")) {
                    value = value.substring(1, value.length() - 1).replace("''", "'");
                } else if (value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                wordings.put(m.group(1), value);
            }
        }
        return wordings;
    }

    private static Map<String, String> shippedFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources(ScreeningTools.LOCATION)) {
            files.put(file.getFilename(), new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return files;
    }
}
