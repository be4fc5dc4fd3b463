package app.haven.insight;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.SqlCondition;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.MeasureSource;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership dataset's data dictionary (for everyone who sees the measures) and its CSV, one row per child per
 * period, for case-level users only and only of the children they may open (audited as an export).
 */
@Controller
class DatasetController {

    static final String VIEW = "insight/dataset";

    private final PartnershipDataset dataset;
    private final InsightFilter filter;
    private final ChildAccess access;
    private final AuditLog audit;

    DatasetController(PartnershipDataset dataset, InsightFilter filter, ChildAccess access, AuditLog audit) {
        this.dataset = dataset;
        this.filter = filter;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/insight/dataset")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES')")
    String showDictionary(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal HavenPrincipal user,
            org.springframework.security.core.Authentication authentication,
            HttpServletResponse response,
            Model model) {
        InsightChoice choice = filter.read(user, area, period, "insight-dataset");
        List<PartnershipDataset.Field> fields = dataset.fields();
        Period shown = choice.period().orElse(filter.current());
        Map<String, List<String>> values = fields.stream()
                .collect(Collectors.toMap(PartnershipDataset.Field::name, f -> dataset.values(f, shown)));
        model.addAttribute("choice", choice);
        model.addAttribute("areas", filter.areaOptions(user));
        model.addAttribute("periods", filter.periodOptions());
        model.addAttribute("version", dataset.version());
        model.addAttribute(
                "fields",
                fields.stream()
                        .map(f -> new DatasetField(f.name(), f.title(), f.howComputed(), values.get(f.name())))
                        .toList());
        model.addAttribute("canExport", MeasureController.canOpenChildren(authentication));
        if (choice.errors().hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return VIEW;
    }

    @GetMapping("/insight/dataset.csv")
    @PreAuthorize("hasAuthority('VIEW_AGGREGATES') and hasAuthority('VIEW_CHILD')")
    ResponseEntity<byte[]> exportDataset(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal HavenPrincipal user) {
        InsightChoice choice = filter.read(user, area, period, "insight-dataset");
        if (choice.errors().hasErrors()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(choice.errors().items().get(0).message().getBytes(StandardCharsets.UTF_8));
        }
        MeasureSource.ChildScope scope = column -> {
            SqlCondition condition = access.visibleChildren(user, column);
            return new MeasureSource.ChildScope.Condition(condition.sql(), condition.parameters());
        };
        List<List<String>> rows = dataset.rows(choice.areaChoice(), choice.periodChoice(), scope);
        String name = "partnership-dataset-v" + dataset.version() + "-" + choice.areaValue() + "-"
                + choice.periodValue() + ".csv";
        audit.record(
                AuditAction.EXPORT,
                "insight-dataset",
                0,
                Optional.empty(),
                Optional.of(name + ", " + (rows.size() - 1) + " children"));
        StringBuilder csv = new StringBuilder();
        rows.forEach(r -> csv.append(TableFiles.line(r)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
