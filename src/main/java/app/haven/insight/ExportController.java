package app.haven.insight;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Any table of a measure's page as CSV or XLSX, after disclosure control, built exactly as the page builds it. A
 * request naming a table, format, area or period that the page could not have offered is refused and audited.
 */
@Controller
class ExportController {

    private final Measures measures;
    private final MeasureTables tables;
    private final InsightFilter filter;
    private final CountedFigures figures;
    private final AuditLog audit;

    ExportController(
            Measures measures, MeasureTables tables, InsightFilter filter, CountedFigures figures, AuditLog audit) {
        this.measures = measures;
        this.tables = tables;
        this.filter = filter;
        this.figures = figures;
        this.audit = audit;
    }

    @GetMapping("/insight/export")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
    ResponseEntity<byte[]> exportTable(
            @RequestParam(name = "measure", defaultValue = "") String code,
            @RequestParam(defaultValue = "") String table,
            @RequestParam(defaultValue = "") String format,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal HavenPrincipal user) {
        Optional<Measures.Sourced> measure = measures.find(code);
        Optional<MeasureTables.Kind> kind = Arrays.stream(MeasureTables.Kind.values())
                .filter(k -> k.name().equalsIgnoreCase(table))
                .findFirst();
        InsightChoice choice = filter.read(user, area, period, "insight-export");
        boolean areasOfOneArea = kind.filter(k -> k == MeasureTables.Kind.AREAS).isPresent()
                && choice.area().flatMap(AreaChoice::areaId).isPresent();
        if (measure.isEmpty()
                || kind.isEmpty()
                || !format.matches("csv|xlsx")
                || choice.errors().hasErrors()
                || areasOfOneArea) {
            audit.record(AuditAction.REFUSED, "insight-export", 0, Optional.empty(), Optional.of("not a table"));
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("This export cannot be made: go back to the measure's page and use its download links."
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Period p = choice.periodChoice();
        MeasureTable shown = tables.table(kind.get(), measure.get(), choice.areaChoice(), p, filter.areasOf(user));
        String note = InsightViews.asAt(figures.of(measure.get(), p).asAt())
                + " Counts from 1 to 5 are shown as c; totals are rounded.";
        String name = code + "-" + kind.get().name().toLowerCase(Locale.ROOT) + "-"
                + choice.areaChoice().value() + "-" + p.code() + "." + format;
        audit.record(AuditAction.EXPORT, "insight-measure", 0, Optional.empty(), Optional.of(name));
        boolean csv = format.equals("csv");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(
                        csv
                                ? MediaType.parseMediaType("text/csv;charset=UTF-8")
                                : MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(csv ? TableFiles.csv(shown, note) : TableFiles.xlsx(shown, note));
    }
}
