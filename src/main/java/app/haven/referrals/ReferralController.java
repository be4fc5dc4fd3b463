package app.haven.referrals;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * One referral: what it shares, its history, and the step the reader's agency may take now (send a draft; accept,
 * decline or redirect; close). A refused step comes back with what was typed and nothing changed.
 */
@Controller
class ReferralController {

    static final String VIEW = "referrals/referral";

    private final ReferralPages pages;
    private final Referrals referrals;
    private final ReferralDecisions decisions;
    private final ReferralHistory history;
    private final ReferralWorkers workers;
    private final ReferralCatalogues catalogues;
    private final Clock clock;

    ReferralController(
            ReferralPages pages,
            Referrals referrals,
            ReferralDecisions decisions,
            ReferralHistory history,
            ReferralWorkers workers,
            ReferralCatalogues catalogues,
            Clock clock) {
        this.pages = pages;
        this.referrals = referrals;
        this.decisions = decisions;
        this.history = history;
        this.workers = workers;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @GetMapping("/referrals/{referralId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showReferral(@PathVariable long referralId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ReferralView referral = pages.referral(referralId, user);
        pages.show(referral, model);
        return page(referral, StepForm.of(referral, user.userId()), FormErrors.none(), user, model);
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
        if (!ReferralDecisions.onSide(referral, ReferralStatus.Step.SEND, user)) {
            throw new AccessDeniedException("only the referring agency sends its referral");
        }
        FormErrors.Builder errors = FormErrors.builder();
        Optional<Consent> consent = Text.choice(Consent.class, form.consent());
        if (referral.status() == ReferralStatus.DRAFT) {
            SharingDecision.check(true, consent, Text.present(form.lawfulBasis()), Text.present(form.sharingReason()))
                    .forEach(b -> ChildReferralController.add(errors, b));
            Text.limit(errors, "sharingReason", form.sharingReason(), ReferralForm.REASON_LIMIT);
        }
        return act(
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
                                reasonCodes(referral),
                                referral.urgency(),
                                referral.concern(),
                                consent,
                                Text.present(form.lawfulBasis()),
                                Text.present(form.sharingReason())),
                        user,
                        clock.instant()));
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
        return act(
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
        return act(
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
        return act(
                referral,
                form,
                errors,
                user,
                model,
                redirect,
                "Referral redirected. The referrer has been told.",
                () -> decisions.redirect(
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
        return act(
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

    /** Takes the step unless the form already has errors; on a refusal shows the page again with what was typed. */
    private String act(
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

    private String page(ReferralView referral, StepForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", history.of(referral.id()));
        model.addAttribute("today", LocalDate.now(clock.withZone(ReferralDispatch.LONDON)));
        model.addAttribute("canSend", ReferralDecisions.offers(referral, ReferralStatus.Step.SEND, user));
        model.addAttribute("canDecide", ReferralDecisions.offers(referral, ReferralStatus.Step.ACCEPT, user));
        model.addAttribute("canClose", ReferralDecisions.offers(referral, ReferralStatus.Step.CLOSE, user));
        model.addAttribute("workers", workers.options(referral));
        model.addAttribute("agencies", catalogues.receivingAgencies(referral.areaId(), referral.toAgencyId()));
        model.addAttribute("bases", catalogues.options("lawful_basis"));
        return VIEW;
    }
}
