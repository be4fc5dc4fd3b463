package app.haven.referrals;

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

/** One disclosure: passing it to the police after the event, and the police recording their response. */
@Controller
class PoliceResponseController {

    static final String VIEW = "referrals/disclosure";

    private final DisclosurePages pages;
    private final PoliceResponses responses;
    private final ReferralCatalogues catalogues;
    private final Clock clock;

    PoliceResponseController(
            DisclosurePages pages, PoliceResponses responses, ReferralCatalogues catalogues, Clock clock) {
        this.pages = pages;
        this.responses = responses;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @GetMapping("/disclosures/{disclosureId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showDisclosure(@PathVariable long disclosureId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        DisclosureView disclosure = pages.checked(disclosureId, user);
        pages.show(disclosure, model);
        ResponseForm blank = new ResponseForm(
                DateParts.empty(), "", "", "", DateParts.empty(), "", String.valueOf(disclosure.version()));
        return page(disclosure, blank, FormErrors.none(), user, model);
    }

    @PostMapping("/disclosures/{disclosureId}/police")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String passToPolice(
            @PathVariable long disclosureId,
            @RequestParam(name = "passedOn.day", defaultValue = "") String day,
            @RequestParam(name = "passedOn.month", defaultValue = "") String month,
            @RequestParam(name = "passedOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String passedBy,
            @RequestParam(defaultValue = "") String policeReference,
            @RequestParam(defaultValue = "") String version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        DisclosureView disclosure = pages.checked(disclosureId, user);
        ResponseForm form = new ResponseForm(
                new DateParts(day, month, year), passedBy, policeReference, "", DateParts.empty(), "", version);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<NewDisclosure.PassedToPolice> police = PoliceForm.read(
                errors,
                form.passedOn(),
                passedBy,
                policeReference,
                Optional.of(LocalDate.ofInstant(disclosure.disclosedAt(), ReferralDispatch.LONDON)),
                today());
        return act(
                disclosure,
                form,
                errors,
                police.isPresent(),
                user,
                model,
                redirect,
                "Passed to the police.",
                () -> responses.passToPolice(disclosure, versionOf(version), police.get(), user));
    }

    @PostMapping("/disclosures/{disclosureId}/response")
    @PreAuthorize("hasAuthority('RECORD_POLICE_RESPONSE')")
    String recordResponse(
            @PathVariable long disclosureId,
            @RequestParam(defaultValue = "") String response,
            @RequestParam(name = "respondedOn.day", defaultValue = "") String day,
            @RequestParam(name = "respondedOn.month", defaultValue = "") String month,
            @RequestParam(name = "respondedOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String responseReason,
            @RequestParam(defaultValue = "") String version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        DisclosureView disclosure = pages.checked(disclosureId, user);
        ResponseForm form = new ResponseForm(
                DateParts.empty(), "", "", response, new DateParts(day, month, year), responseReason, version);
        FormErrors.Builder errors = FormErrors.builder();
        if (Text.present(response).isEmpty()) {
            errors.field("response", "Select what the police did");
        }
        Optional<LocalDate> on = form.respondedOn().toDate();
        if (on.isEmpty()) {
            errors.date("respondedOn", "Enter the real date of the response");
        }
        Text.limit(errors, "responseReason", responseReason, ReferralForm.REASON_LIMIT);
        return act(
                disclosure,
                form,
                errors,
                true,
                user,
                model,
                redirect,
                "Police response recorded.",
                () -> responses.respond(
                        disclosure, versionOf(version), response, on.get(), Text.present(responseReason), user));
    }

    private String act(
            DisclosureView disclosure,
            ResponseForm form,
            FormErrors.Builder errors,
            boolean ready,
            HavenPrincipal user,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable change) {
        if (ready && !errors.build().hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("message", done);
                return "redirect:/disclosures/" + disclosure.id();
            } catch (ReferralRefused refused) {
                refused.breaches().forEach(b -> ChildReferralController.add(errors, b));
            }
        }
        pages.show(disclosure, model);
        return page(disclosure, form, errors.build(), user, model);
    }

    private String page(
            DisclosureView disclosure, ResponseForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", today());
        model.addAttribute("responses", catalogues.options("police_response_kind"));
        model.addAttribute("canPass", disclosure.passedAt().isEmpty() && ReferralScope.may(user, "EDIT_CHILD"));
        model.addAttribute("canName", ReferralScope.may(user, "EDIT_CHILD"));
        model.addAttribute(
                "canRespond",
                disclosure.passedAt().isPresent()
                        && disclosure.response().isEmpty()
                        && ReferralScope.may(user, "RECORD_POLICE_RESPONSE"));
        return VIEW;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReferralDispatch.LONDON));
    }

    private static int versionOf(String version) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException tampered) {
            return -1;
        }
    }
}
