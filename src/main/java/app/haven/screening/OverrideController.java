package app.haven.screening;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.screening.banding.Band;
import app.haven.screening.banding.ToolDefinition;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Overriding a screening's band, and managers approving or rejecting requests to lower one. */
@Controller
class OverrideController {

    static final String APPROVALS_VIEW = "screening/approvals";
    static final int MAX_REASON = 1000;

    private final ScreeningQueries queries;
    private final ScreeningTools tools;
    private final BandOverrides overrides;
    private final ChildAccess access;
    private final ResultPage resultPage;
    private final AuditLog audit;

    OverrideController(
            ScreeningQueries queries,
            ScreeningTools tools,
            BandOverrides overrides,
            ChildAccess access,
            ResultPage resultPage,
            AuditLog audit) {
        this.audit = audit;
        this.queries = queries;
        this.tools = tools;
        this.overrides = overrides;
        this.access = access;
        this.resultPage = resultPage;
    }

    @PostMapping("/screenings/{id}/override")
    @PreAuthorize("hasAuthority('SCREEN')")
    String overrideBand(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String band,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ScreeningRecord screening = queries.find(id)
                .filter(s -> !s.isDraft())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, screening.childId())) {
            throw OutsideRecordScope.childRecord(screening.childId(), "screening", id);
        }
        ToolDefinition tool =
                tools.get(screening.toolId(), screening.toolVersion()).orElseThrow();
        Optional<Band> chosen =
                tool.bands().stream().filter(b -> b.code().equals(band)).findFirst();
        String why = reason.strip();
        FormErrors.Builder errors = FormErrors.builder();
        if (chosen.isEmpty()) {
            errors.field("band", "Select the band you judge right");
        } else if (chosen.get().equals(overrides.standingBand(screening, tool))) {
            errors.field(
                    "band",
                    "Select a band different from the band that stands, "
                            + overrides.standingBand(screening, tool).label());
        }
        if (why.isEmpty()) {
            errors.field("reason", "Enter the reason for your professional judgement");
        } else if (why.length() > MAX_REASON) {
            errors.field("reason", "Reason must be " + MAX_REASON + " characters or fewer");
        }
        FormErrors problems = errors.build();
        if (problems.hasErrors()) {
            audit.childRecordViewed(screening.childId(), "screening", id);
            return resultPage.show(screening, problems, band, reason, model);
        }
        boolean applied = overrides.request(screening, tool, chosen.get(), why, user);
        redirect.addFlashAttribute(
                "message",
                applied
                        ? "Band changed to " + chosen.get().label()
                        : "A manager has been asked to approve lowering the band to "
                                + chosen.get().label());
        return "redirect:/screenings/" + id + "/result";
    }

    @GetMapping("/screening-approvals")
    @PreAuthorize("hasAuthority('APPROVE')")
    String showApprovals(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        List<OverrideView> pending = overrides.pendingFor(user);
        audit.listShown(
                "screening-approvals",
                "children",
                pending.stream().map(OverrideView::childId).toList());
        model.addAttribute("pending", pending);
        return APPROVALS_VIEW;
    }

    @PostMapping("/screening-approvals/{overrideId}")
    @PreAuthorize("hasAuthority('APPROVE')")
    String decide(
            @PathVariable long overrideId,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        OverrideView request = overrides
                .find(overrideId)
                .filter(OverrideView::pending)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, request.childId())) {
            throw OutsideRecordScope.childRecord(request.childId(), "screening-override", overrideId);
        }
        if (!decision.equals("approve") && !decision.equals("reject") || note.length() > MAX_REASON) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (!overrides.decide(overrideId, decision.equals("approve"), note.strip(), user)) {
            redirect.addFlashAttribute("message", "You cannot decide your own request; another manager must");
            return "redirect:/screening-approvals";
        }
        redirect.addFlashAttribute(
                "message",
                (decision.equals("approve") ? "Approved: " : "Not approved: ") + request.childName() + ", "
                        + request.band());
        return "redirect:/screening-approvals";
    }
}
