package app.haven.referrals;

import app.haven.people.People;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's referrals, disclosures, NRM referrals and sharing decisions; and making a referral from the record. */
@Controller
class ChildReferralController {

    static final String VIEW = "referrals/child";
    static final String NEW = "referrals/new";

    private final ReferralPages pages;
    private final ReferralQueries queries;
    private final ChildRecordParts parts;
    private final Referrals referrals;
    private final ReferralCatalogues catalogues;
    private final ReferralAreas areas;
    private final People people;
    private final java.time.Clock clock;

    ChildReferralController(
            ReferralPages pages,
            ReferralQueries queries,
            ChildRecordParts parts,
            Referrals referrals,
            ReferralCatalogues catalogues,
            ReferralAreas areas,
            People people,
            java.time.Clock clock) {
        this.pages = pages;
        this.queries = queries;
        this.parts = parts;
        this.referrals = referrals;
        this.catalogues = catalogues;
        this.areas = areas;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/referrals")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showReferrals(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary child = pages.viewChild(childId, "referrals", user, model);
        List<Long> records = people.recordIds(child.id());
        model.addAttribute("referrals", queries.forChild(records));
        parts.addTo(records, model);
        model.addAttribute("canRefer", ReferralScope.may(user, "EDIT_CHILD"));
        return VIEW;
    }

    @GetMapping("/children/{childId}/referrals/new")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showNewReferral(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary child = pages.viewChild(childId, "referral-new", user, model);
        return form(child, ReferralForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/children/{childId}/referrals")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String makeReferral(
            @PathVariable long childId,
            @RequestParam(defaultValue = "") String toAgency,
            @RequestParam(defaultValue = "") List<String> reasons,
            @RequestParam(defaultValue = "") String urgency,
            @RequestParam(defaultValue = "") String concern,
            @RequestParam(defaultValue = "") String consent,
            @RequestParam(defaultValue = "") String lawfulBasis,
            @RequestParam(defaultValue = "") String sharingReason,
            @RequestParam(defaultValue = "") String action,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(childId, user);
        ReferralForm form = new ReferralForm(
                toAgency,
                reasons.stream().filter(r -> !r.isBlank()).toList(),
                urgency,
                concern,
                consent,
                lawfulBasis,
                sharingReason);
        boolean send = "send".equals(action);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<NewReferral> checked = form.check(errors, send);
        if (checked.isPresent()) {
            try {
                long id = referrals.make(child, checked.get(), send, user, clock.instant());
                redirect.addFlashAttribute(
                        "message",
                        send ? "Referral sent. The sharing decision is in the log." : "Referral saved as a draft.");
                return "redirect:/referrals/" + id;
            } catch (ReferralRefused refused) {
                refused.breaches().forEach(b -> add(errors, b));
            }
        }
        pages.viewChild(childId, "referral-new", user, model);
        return form(child, form, errors.build(), user, model);
    }

    static void add(FormErrors.Builder errors, Breach breach) {
        if (breach.field().isEmpty()) {
            errors.form(breach.message());
        } else {
            errors.field(breach.field(), breach.message());
        }
    }

    private String form(PersonSummary child, ReferralForm form, FormErrors errors, HavenPrincipal user, Model model) {
        long area = areas.areaFor(child.id(), user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", catalogues.receivingAgencies(area, user.agencyId()));
        model.addAttribute("reasonOptions", catalogues.options("referral_reason"));
        model.addAttribute("bases", catalogues.options("lawful_basis"));
        return NEW;
    }
}
