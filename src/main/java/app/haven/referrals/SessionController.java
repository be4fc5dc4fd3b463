package app.haven.referrals;

import app.haven.identity.OutsideRecordScope;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A referral's direct work sessions, and recording one: only with the child's record open (after acceptance). */
@Controller
class SessionController {

    static final String VIEW = "referrals/sessions";

    private final ReferralPages pages;
    private final DirectWork work;
    private final ReferralCatalogues catalogues;
    private final Clock clock;

    SessionController(ReferralPages pages, DirectWork work, ReferralCatalogues catalogues, Clock clock) {
        this.pages = pages;
        this.work = work;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @GetMapping("/referrals/{referralId}/sessions")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showSessions(@PathVariable long referralId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ReferralView referral = withRecord(referralId, user);
        pages.show(referral, model);
        return page(referral, SessionForm.blank(), FormErrors.none(), user, model);
    }

    @PostMapping("/referrals/{referralId}/sessions")
    @PreAuthorize("hasAuthority('DIRECT_WORK')")
    String recordSession(
            @PathVariable long referralId,
            @RequestParam(name = "heldOn.day", defaultValue = "") String day,
            @RequestParam(name = "heldOn.month", defaultValue = "") String month,
            @RequestParam(name = "heldOn.year", defaultValue = "") String year,
            @RequestParam(defaultValue = "") String minutes,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") List<String> topics,
            @RequestParam(defaultValue = "") String engagement,
            @RequestParam(defaultValue = "") String childWords,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ReferralView referral = withRecord(referralId, user);
        if (user.agencyId() != referral.toAgencyId()) {
            throw new AccessDeniedException("only the receiving agency records its direct work");
        }
        SessionForm form = new SessionForm(
                new DateParts(day, month, year),
                minutes,
                place,
                topics.stream().filter(t -> !t.isBlank()).toList(),
                engagement,
                childWords);
        FormErrors.Builder errors = FormErrors.builder();
        Optional<SessionForm.NewSession> session =
                form.check(errors, LocalDate.now(clock.withZone(ReferralDispatch.LONDON)));
        if (session.isPresent()) {
            try {
                work.record(referral, session.get(), user);
                redirect.addFlashAttribute("message", "Session recorded.");
                return "redirect:/referrals/" + referralId + "/sessions";
            } catch (ReferralRefused refused) {
                refused.breaches().forEach(b -> ChildReferralController.add(errors, b));
            }
        }
        pages.show(referral, model);
        return page(referral, form, errors.build(), user, model);
    }

    private ReferralView withRecord(long referralId, HavenPrincipal user) {
        ReferralView referral = pages.referral(referralId, user);
        if (!referral.full()) {
            throw OutsideRecordScope.childRecord(referral.childId(), "referral", referralId);
        }
        return referral;
    }

    private String page(ReferralView referral, SessionForm form, FormErrors errors, HavenPrincipal user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sessions", work.sessions(referral.id()));
        model.addAttribute("topicOptions", catalogues.options("session_topic"));
        model.addAttribute("canRecord", DirectWork.mayRecord(referral, user));
        return VIEW;
    }
}
