package app.haven.referrals;

import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referring a child to the National Referral Mechanism: the first responder's submission, dated, awaiting decisions. */
@Controller
class NrmSubmissionController {

    private final ReferralPages pages;
    private final ReferralAreas areas;
    private final NrmReferrals nrms;
    private final Clock clock;

    NrmSubmissionController(ReferralPages pages, ReferralAreas areas, NrmReferrals nrms, Clock clock) {
        this.pages = pages;
        this.areas = areas;
        this.nrms = nrms;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/nrm-referrals/new")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showNewNrm(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        pages.viewChild(childId, "nrm-new", user, model);
        return newForm(Map.of(), DateParts.empty(), FormErrors.none(), model);
    }

    @PostMapping("/children/{childId}/nrm-referrals")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String submitNrm(
            @PathVariable long childId,
            @RequestParam(defaultValue = "") String firstResponder,
            @RequestParam(defaultValue = "") String exploitation,
            @RequestParam(name = "submitted.day", defaultValue = "") String day,
            @RequestParam(name = "submitted.month", defaultValue = "") String month,
            @RequestParam(name = "submitted.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String support,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(childId, user);
        DateParts submitted = new DateParts(day, month, year);
        FormErrors.Builder errors = FormErrors.builder();
        Text.required(errors, "firstResponder", firstResponder, 160, "Say who the first responder is");
        Text.required(errors, "exploitation", exploitation, 2000, "Describe the exploitation the referral reports");
        Optional<LocalDate> on = DisclosureForm.day(errors, "submitted", submitted, "the submission", today());
        Text.limit(errors, "support", support, 2000);
        if (!errors.build().hasErrors()) {
            long id = nrms.submit(
                    child.id(),
                    areas.areaFor(child.id(), user),
                    new NrmReferrals.NewNrm(
                            firstResponder.strip(), exploitation.strip(), on.orElseThrow(), Text.present(support)),
                    user);
            redirect.addFlashAttribute("message", "NRM referral recorded. The reasonable-grounds decision is awaited.");
            return "redirect:/nrm-referrals/" + id;
        }
        pages.viewChild(childId, "nrm-new", user, model);
        return newForm(
                Map.of("firstResponder", firstResponder, "exploitation", exploitation, "support", support),
                submitted,
                errors.build(),
                model);
    }

    private String newForm(Map<String, String> typed, DateParts submitted, FormErrors errors, Model model) {
        model.addAttribute("typed", typed);
        model.addAttribute("submitted", submitted);
        model.addAttribute("errors", errors);
        return "referrals/nrmNew";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReferralDispatch.LONDON));
    }
}
