package app.haven.referrals;

import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a decision to share or not to share on its own (not with a referral), from the child's record. */
@Controller
class SharingDecisionController {

    static final String NEW = "referrals/sharingNew";

    private final ReferralPages pages;
    private final ReferralAreas areas;
    private final SharingLog log;
    private final ReferralCatalogues catalogues;

    SharingDecisionController(ReferralPages pages, ReferralAreas areas, SharingLog log, ReferralCatalogues catalogues) {
        this.pages = pages;
        this.areas = areas;
        this.log = log;
        this.catalogues = catalogues;
    }

    @GetMapping("/children/{childId}/sharing-decisions/new")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showNewDecision(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary child = pages.viewChild(childId, "sharing-decision-new", user, model);
        return form(child, SharingForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/children/{childId}/sharing-decisions")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String recordDecision(
            @PathVariable long childId,
            @ModelAttribute SharingForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(childId, user);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<SharingDecision> decision = form.check(errors);
        long area = areas.areaFor(child.id(), user);
        if (decision.isPresent() && !known(decision.get(), area)) {
            errors.field("withAgency", "Select an agency from the list");
            decision = Optional.empty();
        }
        if (decision.isPresent()) {
            log.recordAlone(child.id(), area, decision.get(), user);
            redirect.addFlashAttribute("message", "Sharing decision recorded in the log.");
            return "redirect:/children/" + child.id() + "/referrals";
        }
        pages.viewChild(childId, "sharing-decision-new", user, model);
        return form(child, form, errors.build(), user, model);
    }

    private boolean known(SharingDecision decision, long area) {
        boolean agency = decision.withAgency().isEmpty()
                || catalogues.receiving(decision.withAgency().get(), area, -1).isPresent();
        boolean basis = decision.lawfulBasis().isEmpty()
                || catalogues.allInUse(
                        "lawful_basis", List.of(decision.lawfulBasis().get()));
        return agency && basis;
    }

    private String form(PersonSummary child, SharingForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", catalogues.receivingAgencies(areas.areaFor(child.id(), user), -1));
        model.addAttribute("bases", catalogues.options("lawful_basis"));
        return NEW;
    }
}
