package app.haven.referrals;

import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
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

/** Recording a disclosure made directly, and one disclosure's page with the police response tracking. */
@Controller
class DisclosureController {

    static final String NEW = "referrals/disclosureNew";

    private final ReferralPages pages;
    private final ReferralAreas areas;
    private final Disclosures disclosures;
    private final ReferralCatalogues catalogues;
    private final Clock clock;

    DisclosureController(
            ReferralPages pages,
            ReferralAreas areas,
            Disclosures disclosures,
            ReferralCatalogues catalogues,
            Clock clock) {
        this.pages = pages;
        this.areas = areas;
        this.disclosures = disclosures;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @GetMapping("/children/{childId}/disclosures/new")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showNewDisclosure(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        pages.viewChild(childId, "disclosure-new", user, model);
        return form(DisclosureForm.blank(""), FormErrors.none(), model);
    }

    @PostMapping("/children/{childId}/disclosures")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String recordDisclosure(
            @PathVariable long childId,
            @RequestParam(defaultValue = "") String disclosedBy,
            @RequestParam(defaultValue = "") String disclosedTo,
            @RequestParam(name = "disclosed.day", defaultValue = "") String day,
            @RequestParam(name = "disclosed.month", defaultValue = "") String month,
            @RequestParam(name = "disclosed.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String words,
            @RequestParam(defaultValue = "") String verbatim,
            @RequestParam(defaultValue = "") String aboutDescription,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String passed,
            @RequestParam(name = "passedOn.day", defaultValue = "") String passedDay,
            @RequestParam(name = "passedOn.month", defaultValue = "") String passedMonth,
            @RequestParam(name = "passedOn.year", defaultValue = "") String passedYear,
            @RequestParam(defaultValue = "") String passedBy,
            @RequestParam(defaultValue = "") String policeReference,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary child = pages.child(childId, user);
        DisclosureForm form = new DisclosureForm(
                disclosedBy,
                disclosedTo,
                new DateParts(day, month, year),
                place,
                words,
                verbatim,
                aboutDescription,
                kind,
                passed,
                new DateParts(passedDay, passedMonth, passedYear),
                passedBy,
                policeReference);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<NewDisclosure> checked = form.check(errors, LocalDate.now(clock.withZone(ReferralDispatch.LONDON)));
        if (checked.isPresent() && !catalogues.allInUse("disclosure_kind", java.util.List.of(kind))) {
            errors.field("kind", "Select a kind from the list");
            checked = Optional.empty();
        }
        if (checked.isPresent()) {
            long id = disclosures.record(
                    child.id(),
                    areas.areaFor(child.id(), user),
                    checked.get(),
                    new Disclosures.Recorder(user.userId(), user.agencyId()));
            redirect.addFlashAttribute("message", "Disclosure recorded.");
            return "redirect:/disclosures/" + id;
        }
        pages.viewChild(childId, "disclosure-new", user, model);
        return form(form, errors.build(), model);
    }

    private String form(DisclosureForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", catalogues.options("disclosure_kind"));
        return NEW;
    }
}
