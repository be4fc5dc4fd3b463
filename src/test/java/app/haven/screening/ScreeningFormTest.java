package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.web.FormErrors;
import app.haven.screening.banding.ToolDefinition;
import app.haven.screening.banding.ToolDefinitionReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a screening form refuses before anything is banded: when a timed indicator happened, impossible dates. */
class ScreeningFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Optional<LocalDate> BORN = Optional.of(LocalDate.of(2012, 6, 1));

    @ParameterizedTest(name = "{0} present with when ''{1}'': error ''{2}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing-overnight||Select when ‘Missing overnight or repeatedly’ happened",
                "home-late||Select when ‘Regularly home late or staying out’ happened",
                "missing-overnight|EARLIER|",
                "looked-after||"
            })
    void aPresentTimedIndicatorOfThePointsToolNeedsItsWhen(String indicator, String timing, String error) {
        ToolDefinition tool = shipped("cse-points-v1.yaml");
        Map<String, String> params = complete(tool);
        params.put("answer." + indicator, "PRESENT");
        params.put("basis." + indicator, "EVIDENCED");
        params.put("timing." + indicator, timing == null ? "" : timing);
        FormErrors errors = ScreeningForm.from(params, tool, new HashSet<>()).checkComplete(tool, TODAY, BORN);
        if (error == null) {
            assertThat(errors.hasErrors()).as(errors.toString()).isFalse();
        } else {
            assertThat(errors.messageFor("timing." + indicator)).contains(error);
        }
    }

    @ParameterizedTest(name = "screened {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "31 5 2012|must be on or after the child's date of birth, 1 June 2012",
                "1 1 1970|must be on or after the child's date of birth",
                "29 11 2025|must be within the last 12 months, on or after 30 November 2025",
                "1 12 2026|must be today or in the past",
                "30 11 2025|",
                "30 11 2026|"
            })
    void theDateMustBeAfterBirthAndWithinAYear(String date, String error) {
        ToolDefinition tool = shipped("cse-levels-v2.yaml");
        String[] parts = date.split(" ");
        Map<String, String> params = new HashMap<>();
        params.put("screeningDate.day", parts[0]);
        params.put("screeningDate.month", parts[1]);
        params.put("screeningDate.year", parts[2]);
        FormErrors errors = ScreeningForm.from(params, tool, new HashSet<>())
                .checkShape(tool, TODAY, BORN)
                .build();
        if (error == null) {
            assertThat(errors.hasErrors()).isFalse();
        } else {
            assertThat(errors.messageFor("screeningDate")).get().asString().contains(error);
        }
    }

    @ParameterizedTest(name = "any applies ''{0}'', ticked {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no||",
                "yes|FACILITATED_BY_CARER|",
                "yes||triggers:Select which child protection triggers apply",
                "no|FACILITATED_BY_CARER|triggersApply:You answered that none of the child protection triggers applies",
                "||triggersApply:Select whether any child protection trigger applies"
            })
    void theTriggersAreOneQuestionThenWhichApplyAndATickIsNeverDropped(String apply, String ticked, String error) {
        ToolDefinition tool = shipped("cse-levels-v2.yaml");
        Map<String, String> params = complete(tool);
        for (ChildProtectionTrigger trigger : ChildProtectionTrigger.values()) {
            params.remove("trigger." + trigger.name());
        }
        params.put("triggersApply", apply == null ? "" : apply);
        if (ticked != null) {
            params.put("trigger." + ticked, "yes");
        }
        ScreeningForm form = ScreeningForm.from(params, tool, new HashSet<>());
        FormErrors errors = form.checkComplete(tool, TODAY, BORN);
        if (ticked != null) {
            assertThat(form.triggersAnsweredYes()).containsExactly(ChildProtectionTrigger.valueOf(ticked));
        }
        if (error == null) {
            assertThat(errors.hasErrors()).isFalse();
        } else {
            String field = error.substring(0, error.indexOf(':'));
            String key = field.equals("triggers") ? "trigger.IMMEDIATE_RISK" : field;
            assertThat(errors.messageFor(key)).get().asString().contains(error.substring(error.indexOf(':') + 1));
        }
    }

    private static Map<String, String> complete(ToolDefinition tool) {
        Map<String, String> params = new HashMap<>();
        params.put("screeningDate.day", "30");
        params.put("screeningDate.month", "11");
        params.put("screeningDate.year", "2026");
        params.put("childTookPart", "yes");
        params.put("carerTookPart", "no");
        tool.indicators().forEach(i -> params.put("answer." + i.id(), "NOT_PRESENT"));
        for (ChildProtectionTrigger trigger : ChildProtectionTrigger.values()) {
            params.put("trigger." + trigger.name(), "no");
        }
        return params;
    }

    private static ToolDefinition shipped(String file) {
        return ToolDefinitionReader.read(
                file,
                new InputStreamReader(
                        ScreeningFormTest.class.getResourceAsStream("/screening/" + file), StandardCharsets.UTF_8));
    }
}
