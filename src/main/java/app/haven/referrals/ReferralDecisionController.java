package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The receiving agency's decisions on a referral (accept, decline, redirect) and closing it. A refused step comes back
 * with what was typed and nothing changed.
 */
@Controller
class ReferralDecisionController {

    private final ReferralPages pages;
    private final ReferralStepPage stepPage;
    private final ReferralDecisions decisions;
    private final ReferralRedirection redirection;
    private final Clock clock;

    ReferralDecisionController(
            ReferralPages pages,
            ReferralStepPage stepPage,
            ReferralDecisions decisions,
            ReferralRedirection redirection,
            Clock clock) {
        this.pages = pages;
        this.stepPage = stepPage;
        this.decisions = decisions;
        this.redirection = redirection;
        this.clock = clock;
    }

    @PostMapping("/referrals/{referralId}/accept")
    @PreAuthorize("hasAuthority('RECEIVE_REFERRALS')")
    String acceptReferral(
            @PathVariable long referralId,
            @ModelAttribute StepForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ReferralView referral = pages.referral(referralId, user);
        long worker = Text.id(form.worker()).orElse(0L);
        return stepPage.act(
                referral,
                form,
                FormErrors.builder(),
                user,
                model,
                redirect,
                "Referral accepted. Your agency now works with the young person.",
                () -> decisions.accept(referral, form.versionRead(), worker, user, clock.instant()));
    }

    @PostMapping("/referrals/{referralId}/decline")
    @PreAuthorize("hasAuthority('RECEIVE_REFERRALS')")
    String declineReferral(
            @PathVariable long referralId,
            @ModelAttribute StepForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ReferralView referral = pages.referral(referralId, user);
        FormErrors.Builder errors = FormErrors.builder();
        Text.limit(errors, "declineReason", form.declineReason(), ReferralForm.REASON_LIMIT);
        return stepPage.act(
                referral,
                form,
                errors,
                user,
                model,
                redirect,
                "Referral declined. The referrer has been told why.",
                () -> decisions.decline(
                        referral, form.versionRead(), Text.present(form.declineReason()), user, clock.instant()));
    }

    @PostMapping("/referrals/{referralId}/redirect")
    @PreAuthorize("hasAuthority('RECEIVE_REFERRALS')")
    String redirectReferral(
            @PathVariable long referralId,
            @ModelAttribute StepForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ReferralView referral = pages.referral(referralId, user);
        FormErrors.Builder errors = FormErrors.builder();
        Text.limit(errors, "redirectReason", form.redirectReason(), ReferralForm.REASON_LIMIT);
        return stepPage.act(
                referral,
                form,
                errors,
                user,
                model,
                redirect,
                "Referral redirected. A new referral has gone to the agency you chose, and the referrer has been told.",
                () -> redirection.redirect(
                        referral,
                        form.versionRead(),
                        Text.id(form.redirectTo()),
                        Text.present(form.redirectReason()),
                        user,
                        clock.instant()));
    }

    @PostMapping("/referrals/{referralId}/close")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String closeReferral(
            @PathVariable long referralId,
            @ModelAttribute StepForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ReferralView referral = pages.referral(referralId, user);
        FormErrors.Builder errors = FormErrors.builder();
        Text.limit(errors, "closureNote", form.closureNote(), ReferralForm.REASON_LIMIT);
        return stepPage.act(
                referral,
                form,
                errors,
                user,
                model,
                redirect,
                "Referral closed.",
                () -> decisions.close(
                        referral,
                        form.versionRead(),
                        Text.choice(Outcome.class, form.outcome()),
                        Text.present(form.closureNote()),
                        user,
                        clock.instant()));
    }
}
