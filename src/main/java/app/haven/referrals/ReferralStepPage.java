package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral page with the step the reader's agency may take now, shown again with what was typed and the errors
 * when a step is refused (nothing changed), or a redirect to it with a message when the step was taken.
 */
@Component
class ReferralStepPage {

    static final String VIEW = "referrals/referral";

    private final ReferralPages pages;
    private final ReferralHistory history;
    private final ReferralWorkers workers;
    private final ReferralCatalogues catalogues;
    private final Clock clock;

    ReferralStepPage(
            ReferralPages pages,
            ReferralHistory history,
            ReferralWorkers workers,
            ReferralCatalogues catalogues,
            Clock clock) {
        this.pages = pages;
        this.history = history;
        this.workers = workers;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    /** Takes the step unless the form already has errors; on a refusal shows the page again with what was typed. */
    String act(
            ReferralView referral,
            StepForm form,
            FormErrors.Builder errors,
            HavenPrincipal user,
            Model model,
            RedirectAttributes redirect,
            String done,
            Runnable step) {
        if (!errors.build().hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("message", done);
                return "redirect:/referrals/" + referral.id();
            } catch (ReferralRefused refused) {
                refused.breaches().forEach(b -> ChildReferralController.add(errors, b));
            }
        }
        pages.show(referral, model);
        return page(referral, form, errors.build(), user, model);
    }

    private List<String> reasonCodes(ReferralView referral) {
        return catalogues.reasonCodes(referral.id());
    }

    String page(ReferralView referral, StepForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", history.of(referral.id()));
        model.addAttribute("today", LocalDate.now(clock.withZone(ReferralDispatch.LONDON)));
        model.addAttribute("canSend", ReferralSteps.offers(referral, ReferralStatus.Step.SEND, user));
        model.addAttribute("canDecide", ReferralSteps.offers(referral, ReferralStatus.Step.ACCEPT, user));
        model.addAttribute("canClose", ReferralSteps.offers(referral, ReferralStatus.Step.CLOSE, user));
        model.addAttribute("workers", workers.options(referral));
        model.addAttribute("agencies", catalogues.receivingAgencies(referral.areaId(), referral.toAgencyId()));
        model.addAttribute("bases", catalogues.options("lawful_basis"));
        return VIEW;
    }
}
