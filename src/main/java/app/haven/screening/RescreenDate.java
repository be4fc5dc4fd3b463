package app.haven.screening;

import app.haven.screening.banding.Band;
import app.haven.screening.banding.Banding;
import app.haven.screening.banding.ToolDefinition;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a child should be screened again: the tool's interval for the band that stands, brought forward after a
 * child protection trigger or when answers were "not known" (something to find out), by the partnership's settings.
 * The soonest applies; none when the band has no interval and nothing else asks for one.
 */
final class RescreenDate {

    private RescreenDate() {}

    static Optional<LocalDate> of(
            ToolDefinition tool,
            Band standing,
            LocalDate screened,
            boolean trigger,
            boolean notKnown,
            ScreeningSettings.Values settings) {
        return Stream.of(
                        Banding.rescreenWeeks(tool, standing),
                        trigger ? Optional.of(settings.triggerRescreenWeeks()) : Optional.<Integer>empty(),
                        notKnown ? Optional.of(settings.notKnownRescreenWeeks()) : Optional.<Integer>empty())
                .flatMap(Optional::stream)
                .min(Integer::compare)
                .map(screened::plusWeeks);
    }

    static boolean hasNotKnown(ScreeningForm form) {
        return form.answers().values().stream().anyMatch(a -> a.answer().equals("NOT_KNOWN"));
    }
}
