package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One referral: what it shares, its history, and the step the reader's agency may take now; here, the referrer sends
 * a draft ({@link ReferralDecisionController} takes the receiving agency's steps and closure).
 */
@Controller
class ReferralController {

    private final ReferralPages pages;
    private final ReferralStepPage stepPage;
    private final Referrals referrals;
    private final ReferralCatalogues catalogues;
    private final Clock clock;

    ReferralController(
            ReferralPages pages,
            ReferralStepPage stepPage,
            Referrals referrals,
            ReferralCatalogues catalogues,
            Clock clock) {
        this.pages = pages;
        this.stepPage = stepPage;
        this.referrals = referrals;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @GetMapping("/referrals/{referralId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showReferral(@PathVariable long referralId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ReferralView referral = pages.referral(referralId, user);
        pages.show(referral, model);
        return stepPage.page(referral, StepForm.of(referral, user.userId()), FormErrors.none(), user, model);
    }

    @PostMapping("/referrals/{referralId}/send")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String sendReferral(
            @PathVariable long referralId,
            @ModelAttribute StepForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ReferralView referral = pages.referral(referralId, user);
        if (!ReferralSteps.onSide(referral, ReferralStatus.Step.SEND, user)) {
            throw new AccessDeniedException("only the referring agency sends its referral");
        }
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Consent> consent = Text.choice(Consent.class, form.consent());
        if (referral.status() == ReferralStatus.DRAFT) {
            SharingDecision.check(true, consent, Text.present(form.lawfulBasis()), Text.present(form.sharingReason()))
                    .forEach(b -> ChildReferralController.add(errors, b));
            Text.limit(errors, "sharingReason", form.sharingReason(), ReferralForm.REASON_LIMIT);
        }
        return stepPage.act(
                referral,
                form,
                errors,
                user,
                model,
                redirect,
                "Referral sent. The sharing decision is in the log.",
                () -> referrals.send(
                        referral,
                        form.versionRead(),
                        new NewReferral(
                                referral.toAgencyId(),
                                catalogues.reasonCodes(referral.id()),
                                referral.urgency(),
                                referral.concern(),
                                consent,
                                Text.present(form.lawfulBasis()),
                                Text.present(form.sharingReason())),
                        user,
                        clock.instant()));
    }
}
