package app.haven.intelligence;

import app.haven.intelligence.network.NodeKind;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One entity's page: what it is, its links and the reports about it, and the form to link it to another. */
@Controller
class EntityController {

    static final String VIEW = "intelligence/entity";

    private final IntelligencePages pages;
    private final LinkQueries links;
    private final Reports reports;
    private final IntelligenceRecording recording;
    private final Clock clock;
    private final ObjectProvider<EntityPageLinks> otherLinks;

    EntityController(
            IntelligencePages pages,
            LinkQueries links,
            Reports reports,
            IntelligenceRecording recording,
            Clock clock,
            ObjectProvider<EntityPageLinks> otherLinks) {
        this.pages = pages;
        this.links = links;
        this.reports = reports;
        this.recording = recording;
        this.clock = clock;
        this.otherLinks = otherLinks;
    }

    @GetMapping("/intelligence/entities/{entityId}")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showEntity(@PathVariable long entityId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        EntityView entity = pages.entity(entityId, user);
        return page(entity, LinkForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/intelligence/entities/{entityId}/links")
    @PreAuthorize("hasAuthority('RECORD_INTELLIGENCE')")
    String addLink(
            @PathVariable long entityId,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String linkType,
            @RequestParam(name = "validFrom.day", defaultValue = "") String fromDay,
            @RequestParam(name = "validFrom.month", defaultValue = "") String fromMonth,
            @RequestParam(name = "validFrom.year", defaultValue = "") String fromYear,
            @RequestParam(name = "validTo.day", defaultValue = "") String toDay,
            @RequestParam(name = "validTo.month", defaultValue = "") String toMonth,
            @RequestParam(name = "validTo.year", defaultValue = "") String toYear,
            @RequestParam(defaultValue = "") String confidence,
            @RequestParam(defaultValue = "") String evidenceKind,
            @RequestParam(defaultValue = "") String evidenceId,
            @RequestParam(defaultValue = "FROM") String direction,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        EntityView entity = pages.entity(entityId, user);
        LinkForm form = new LinkForm(
                to,
                linkType,
                new DateParts(fromDay, fromMonth, fromYear),
                new DateParts(toDay, toMonth, toYear),
                confidence,
                evidenceKind,
                evidenceId,
                direction);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<LinkForm.Checked> checked =
                form.check(LocalDate.now(clock.withZone(ManyChildrenAlerts.LONDON)), errors);
        if (checked.isPresent()) {
            try {
                recording.link(entityId, checked.get(), user);
                redirect.addFlashAttribute("message", "Link added.");
                return "redirect:/intelligence/entities/" + entityId;
            } catch (LinkRefused refused) {
                add(errors, refused);
            }
        }
        return page(entity, form, errors.build(), user, model);
    }

    static void add(FormErrors.Builder errors, LinkRefused refused) {
        if (refused.field().isEmpty()) {
            errors.form(refused.getMessage());
        } else {
            errors.field(refused.field(), refused.getMessage());
        }
    }

    private String page(EntityView entity, LinkForm form, FormErrors errors, HavenPrincipal user, Model model) {
        List<LinkView> shown = links.ofEntity(entity.id(), user);
        List<ReportView> about = reports.about(entity.id(), user);
        pages.shown(
                entity,
                "intel-entity",
                shown.stream().flatMap(l -> l.childId().stream()).toList());
        model.addAttribute("entity", entity);
        model.addAttribute("links", shown);
        model.addAttribute("reports", about);
        model.addAttribute(
                "otherLinks",
                otherLinks
                        .orderedStream()
                        .flatMap(l -> l.linksFor(entity, user).stream())
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canRecord", IntelligenceScope.may(user, "RECORD_INTELLIGENCE"));
        model.addAttribute("linkTypes", IntelChoices.LINK_TYPES);
        model.addAttribute("confidence", IntelChoices.CONFIDENCE);
        model.addAttribute("evidenceKinds", LinkForm.EVIDENCE);
        return VIEW;
    }

    static Stream<NodeKind> kinds() {
        return Stream.of(NodeKind.values());
    }
}
