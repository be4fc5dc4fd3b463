package app.haven.intelligence;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.intelligence.network.LinkType;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The network around an entity: a picture drawn on the server and the same nodes and links in tables, with filters
 * in the address (so a view can be shared without a form), and exports as CSV and GraphML, each audited.
 */
@Controller
class NetworkController {

    private final IntelligencePages pages;
    private final NetworkService networks;
    private final AuditLog audit;

    NetworkController(IntelligencePages pages, NetworkService networks, AuditLog audit) {
        this.pages = pages;
        this.networks = networks;
        this.audit = audit;
    }

    @GetMapping("/intelligence/entities/{entityId}/network")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showNetwork(
            @PathVariable long entityId,
            @ModelAttribute("filters") NetworkFilterForm filters,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        FormErrors.Builder errors = FormErrors.builder();
        NetworkView view = view(entityId, filters, errors, user);
        pages.listShown("intel-network", children(view));
        model.addAttribute("network", view);
        model.addAttribute("errors", errors.build());
        model.addAttribute(
                "linkTypes",
                Arrays.stream(LinkType.values())
                        .map(t -> new Option(t.name(), IntelChoices.capitalised(t.words())))
                        .toList());
        model.addAttribute("grades", NetworkFilterForm.GRADES);
        return "intelligence/network";
    }

    @GetMapping("/intelligence/entities/{entityId}/network.csv")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    ResponseEntity<String> exportCsv(
            @PathVariable long entityId,
            @ModelAttribute("filters") NetworkFilterForm filters,
            @AuthenticationPrincipal HavenPrincipal user) {
        NetworkView view = view(entityId, filters, FormErrors.builder(), user);
        exported(view, "CSV");
        return download(NetworkExport.csv(view), "text/csv", "network-I-" + entityId + ".csv");
    }

    @GetMapping("/intelligence/entities/{entityId}/network.graphml")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    ResponseEntity<String> exportGraphml(
            @PathVariable long entityId,
            @ModelAttribute("filters") NetworkFilterForm filters,
            @AuthenticationPrincipal HavenPrincipal user) {
        NetworkView view = view(entityId, filters, FormErrors.builder(), user);
        exported(view, "GraphML");
        return download(NetworkExport.graphml(view), "application/graphml+xml", "network-I-" + entityId + ".graphml");
    }

    private NetworkView view(long entityId, NetworkFilterForm filters, FormErrors.Builder errors, HavenPrincipal user) {
        EntityView centre = pages.entity(entityId, user);
        return networks.around(centre, filters.hopCount(errors), filters.filter(errors), user);
    }

    /** One audit entry per export: what was exported and the children in it. */
    private void exported(NetworkView view, String format) {
        List<Long> children = children(view);
        audit.record(
                AuditAction.EXPORT,
                "intel-network",
                view.centre().id(),
                Optional.empty(),
                Optional.of(format
                        + " of " + view.nodes().size() + " entities and "
                        + view.edges().size() + " links; children "
                        + children.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }

    private static List<Long> children(NetworkView view) {
        return java.util.stream.Stream.concat(
                        view.centre().child() ? view.centre().personId().stream() : java.util.stream.Stream.empty(),
                        view.edges().stream().flatMap(e -> e.link().childId().stream()))
                .distinct()
                .sorted()
                .toList();
    }

    private static ResponseEntity<String> download(String body, String type, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
