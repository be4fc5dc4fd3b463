package app.haven.engagement;

import app.haven.audit.AuditLog;
import app.haven.intelligence.CommunityIntelligence;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage queue of concerns reported by the public, for police and CSE coordinators of the concern's area: each is
 * turned into a graded intelligence report about the places and people it names, or closed with a reason.
 */
@Controller
class TriageController {

    private final Concerns concerns;
    private final CommunityIntelligence intelligence;
    private final AuditLog audit;

    TriageController(Concerns concerns, CommunityIntelligence intelligence, AuditLog audit) {
        this.concerns = concerns;
        this.intelligence = intelligence;
        this.audit = audit;
    }

    @GetMapping("/engagement/concerns")
    @PreAuthorize("hasAuthority('TRIAGE_CONCERNS')")
    String queue(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        var queue = concerns.queue(user);
        audit.listShown(
                "community-concern",
                "concerns",
                queue.stream().map(ConcernView::id).toList());
        model.addAttribute("concerns", queue);
        return "engagement/concerns";
    }

    @GetMapping("/engagement/concerns/{concernId}")
    @PreAuthorize("hasAuthority('TRIAGE_CONCERNS')")
    String showConcern(@PathVariable long concernId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(visible(concernId, user), TriageForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/engagement/concerns/{concernId}/intelligence")
    @PreAuthorize("hasAuthority('TRIAGE_CONCERNS')")
    String intoIntelligence(
            @PathVariable long concernId,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(name = "intelligence", defaultValue = "") String grade,
            @RequestParam(defaultValue = "") String handling,
            @RequestParam(defaultValue = "") String conditions,
            @RequestParam(defaultValue = "") String about,
            @RequestParam(defaultValue = "") String linkType,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ConcernView concern = visible(concernId, user);
        TriageForm form = new TriageForm(source, grade, handling, conditions, about, linkType, "", "");
        CommunityIntelligence.Concern graded = new CommunityIntelligence.Concern(
                body(concern), concerns.receivedOn(concern), source, grade, handling, conditions, about, linkType);
        try {
            Optional<Long> report = concerns.intoIntelligence(concern, graded, version, user);
            redirect.addFlashAttribute(
                    "message",
                    report.map(id -> "Recorded as intelligence report R-" + id + ".")
                            .orElse(STALE));
            return "redirect:/engagement/concerns/" + concernId;
        } catch (CommunityIntelligence.Refused refused) {
            return page(concern, form, refused.errors(), model);
        }
    }

    @PostMapping("/engagement/concerns/{concernId}/close")
    @PreAuthorize("hasAuthority('TRIAGE_CONCERNS')")
    String closeConcern(
            @PathVariable long concernId,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ConcernView concern = visible(concernId, user);
        TriageForm form = new TriageForm("2", "", "P", "", "", "", reason, note);
        FormErrors.Builder errors = FormErrors.builder();
        if (!EngagementChoices.isOneOf(EngagementChoices.CLOSE_REASONS, reason)) {
            errors.field("reason", "Select why the concern is closed");
        }
        if (note.strip().length() > 1000) {
            errors.field("note", "The note must be 1,000 characters or fewer");
        }
        FormErrors found = errors.build();
        if (found.hasErrors()) {
            return page(concern, form, found, model);
        }
        boolean closed = concerns.close(
                concernId, version, reason, note.isBlank() ? Optional.empty() : Optional.of(note.strip()), user);
        redirect.addFlashAttribute("message", closed ? "Concern closed." : STALE);
        return "redirect:/engagement/concerns/" + concernId;
    }

    private static final String STALE =
            "Nothing changed: someone else triaged this concern since you opened it. It is shown as it is now.";

    private ConcernView visible(long id, HavenPrincipal user) {
        return concerns.visible(id, user)
                .orElseThrow(() -> new AccessDeniedException("concern outside the user's areas"));
    }

    /** The report's text: what the member of the public said, in the words they used. */
    private static String body(ConcernView c) {
        StringBuilder text = new StringBuilder("Reported by a member of the public on Haven's public form.\n\nWhat: ")
                .append(c.what())
                .append("\n\nWhere: ")
                .append(c.where())
                .append("\n\nWhen: ")
                .append(c.when());
        c.who().ifPresent(who -> text.append("\n\nWho: ").append(who));
        return text.length() > 8000 ? text.substring(0, 8000) : text.toString();
    }

    private String page(ConcernView concern, TriageForm form, FormErrors errors, Model model) {
        concerns.shown(concern.id());
        model.addAttribute("concern", concern);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("linkTypes", intelligence.linkTypes());
        model.addAttribute("reasons", EngagementChoices.CLOSE_REASONS);
        return "engagement/concern";
    }
}
