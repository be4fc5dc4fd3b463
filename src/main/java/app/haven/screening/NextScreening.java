package app.haven.screening;

import app.haven.screening.banding.Band;
import app.haven.screening.banding.Banding;
import app.haven.screening.banding.ToolDefinition;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** When a child should be screened again: the tool's interval for the band that stands, from the screening date. */
final class NextScreening {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private NextScreening() {}

    static Optional<String> due(ToolDefinition tool, ScreeningRecord screening, Optional<OverrideView> standing) {
        Band band = standing.flatMap(o -> tool.bands().stream()
                        .filter(b -> b.label().equals(o.band()))
                        .findFirst())
                .orElseGet(() -> tool.band(screening.bandCode().orElseThrow()));
        return Banding.rescreenWeeks(tool, band)
                .flatMap(weeks -> screening.screeningDate().map(date -> date.plusWeeks(weeks)))
                .map(DATE::format);
    }
}
