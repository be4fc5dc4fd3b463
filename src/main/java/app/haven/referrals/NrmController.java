package app.haven.referrals;

import app.haven.audit.AuditLog;
import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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

/**
 * One National Referral Mechanism referral and the competent authority's decisions on it ({@link NrmSubmissionController}
 * records the referral).
 */
@Controller
class NrmController {

    private final NrmReferrals nrms;
    private final NrmQueries queries;
    private final ChildAccess access;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    NrmController(
            NrmReferrals nrms, NrmQueries queries, ChildAccess access, People people, AuditLog audit, Clock clock) {
        this.nrms = nrms;
        this.queries = queries;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/nrm-referrals/{nrmId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showNrm(@PathVariable long nrmId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        NrmView nrm = checked(nrmId, user);
        return page(nrm, Map.of(), DateParts.empty(), FormErrors.none(), user, model);
    }

    /** What was typed into a decision form. */
    record DecisionForm(String day, String month, String year, String outcome, String support, String version) {}

    @PostMapping("/nrm-referrals/{nrmId}/reasonable-grounds")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String recordReasonableGrounds(
            @PathVariable long nrmId,
            @RequestParam(name = "decided.day", defaultValue = "") String day,
            @RequestParam(name = "decided.month", defaultValue = "") String month,
            @RequestParam(name = "decided.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String support,
            @RequestParam(defaultValue = "") String version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        return decide(
                nrmId,
                "reasonable-grounds",
                new DecisionForm(day, month, year, outcome, support, version),
                user,
                model,
                redirect);
    }

    @PostMapping("/nrm-referrals/{nrmId}/conclusive-grounds")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String recordConclusiveGrounds(
            @PathVariable long nrmId,
            @RequestParam(name = "decided.day", defaultValue = "") String day,
            @RequestParam(name = "decided.month", defaultValue = "") String month,
            @RequestParam(name = "decided.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String support,
            @RequestParam(defaultValue = "") String version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        return decide(
                nrmId,
                "conclusive-grounds",
                new DecisionForm(day, month, year, outcome, support, version),
                user,
                model,
                redirect);
    }

    private String decide(
            long nrmId,
            String stage,
            DecisionForm typed,
            HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        String outcome = typed.outcome();
        String support = typed.support();
        String version = typed.version();
        NrmView nrm = checked(nrmId, user);
        DateParts decided = new DateParts(typed.day(), typed.month(), typed.year());
        FormErrors.Builder errors = FormErrors.builder();
        Optional<LocalDate> on = DisclosureForm.day(errors, "decided", decided, "the decision", today());
        Text.limit(errors, "support", support, 2000);
        if (!errors.build().hasErrors()) {
            try {
                int read = StepForm.versionOf(version);
                if (stage.equals("reasonable-grounds")) {
                    nrms.reasonableGrounds(nrm, read, on.get(), outcome, Text.present(support), user);
                } else {
                    nrms.conclusiveGrounds(nrm, read, on.get(), outcome, Text.present(support), user);
                }
                redirect.addFlashAttribute("message", "Decision recorded.");
                return "redirect:/nrm-referrals/" + nrmId;
            } catch (ReferralRefused refused) {
                refused.breaches().stream()
                        .map(b -> b.field().endsWith("On") ? new Breach("decided", b.message()) : b)
                        .map(b -> b.field().endsWith("Outcome") ? new Breach("outcome", b.message()) : b)
                        .forEach(b -> ChildReferralController.add(errors, b));
            }
        }
        return page(
                nrm,
                Map.of("outcome", outcome, "support", support, "stage", stage),
                decided,
                errors.build(),
                user,
                model);
    }

    private NrmView checked(long id, HavenPrincipal user) {
        NrmView nrm = queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canOpen(user, nrm.childId())) {
            throw OutsideRecordScope.childRecord(nrm.childId(), "nrm-referral", id);
        }
        return nrm;
    }

    private String page(
            NrmView nrm,
            Map<String, String> typed,
            DateParts decided,
            FormErrors errors,
            HavenPrincipal user,
            Model model) {
        audit.childRecordViewed(nrm.childId(), "nrm-referral", nrm.id());
        model.addAttribute("nrm", nrm);
        model.addAttribute("child", people.find(nrm.childId()).orElseThrow());
        model.addAttribute("typed", typed);
        model.addAttribute("decided", decided);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        model.addAttribute("canDecide", ReferralScope.may(user, "EDIT_CHILD"));
        return "referrals/nrm";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReferralDispatch.LONDON));
    }
}
