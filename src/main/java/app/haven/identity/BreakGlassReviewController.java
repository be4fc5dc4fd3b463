package app.haven.identity;

import app.haven.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers review every break-glass access: was it justified? Nobody reviews their own, and each reviewer sees only
 * the grants of their line and, for coordinators and administrators, their areas ({@link BreakGlassReviews}). Reading
 * and deciding are audited; a grant outside the reviewer's reach is refused and the refusal audited.
 */
@Controller
class BreakGlassReviewController {

    static final String LIST_VIEW = "identity/breakGlassReviews";
    static final String REVIEW_VIEW = "identity/breakGlassReview";

    private final BreakGlassReviews reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BreakGlassReviewController(BreakGlassReviews reviews, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    record ReviewForm(
            @NotNull(message = "Select whether the access was justified")
            BreakGlassReviews.Outcome outcome,

            @Size(max = 1000, message = "Note must be 1000 characters or fewer")
            String note) {}

    @GetMapping("/break-glass-reviews")
    @PreAuthorize("hasAuthority('REVIEW_BREAK_GLASS')")
    String showReviews(@AuthenticationPrincipal HavenUser reviewer, Model model) {
        List<BreakGlassGrantView> awaiting = reviews.awaitingReview(reviewer);
        List<BreakGlassGrantView> reviewed = reviews.recentlyReviewed(reviewer, 20);
        List<BreakGlassGrantView> shown =
                Stream.concat(awaiting.stream(), reviewed.stream()).toList();
        if (!shown.isEmpty()) {
            events.publishEvent(new BreakGlassReviewRead(
                    reviewer.userId(),
                    reviewer.agencyId(),
                    shown.stream().map(BreakGlassGrantView::id).toList(),
                    shown.stream().map(BreakGlassGrantView::childId).distinct().toList()));
        }
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("reviewed", reviewed);
        return LIST_VIEW;
    }

    @GetMapping("/break-glass-reviews/{grantId}")
    @PreAuthorize("hasAuthority('REVIEW_BREAK_GLASS')")
    String showReview(
            @PathVariable long grantId,
            @AuthenticationPrincipal HavenUser reviewer,
            HttpServletRequest request,
            Model model) {
        BreakGlassGrantView grant = reviewable(grantId, reviewer, request);
        events.publishEvent(new BreakGlassReviewRead(
                reviewer.userId(), reviewer.agencyId(), List.of(grantId), List.of(grant.childId())));
        return page(grant, null, "", FormErrors.none(), model);
    }

    @PostMapping("/break-glass-reviews/{grantId}")
    @PreAuthorize("hasAuthority('REVIEW_BREAK_GLASS')")
    String recordReview(
            @PathVariable long grantId,
            @AuthenticationPrincipal HavenUser reviewer,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        BreakGlassGrantView grant = reviewable(grantId, reviewer, request);
        FormErrors.Builder errors = FormErrors.builder();
        if (result.hasErrors()) {
            FormErrors.from(result)
                    .items()
                    .forEach(item -> errors.field(item.field().orElse("outcome"), item.message()));
        } else if (grant.userId() == reviewer.userId()) {
            errors.field("outcome", "You cannot review your own break-glass access: ask another manager");
        } else if (!reviews.review(
                grantId, reviewer.userId(), form.outcome(), blankToNull(form.note()), clock.instant())) {
            errors.field("outcome", "Someone else has reviewed this access already");
        }
        FormErrors found = errors.build();
        if (found.hasErrors()) {
            events.publishEvent(new BreakGlassReviewRead(
                    reviewer.userId(), reviewer.agencyId(), List.of(grantId), List.of(grant.childId())));
            String outcome = form.outcome() == null ? null : form.outcome().name();
            return page(grant, outcome, form.note(), found, model);
        }
        events.publishEvent(new BreakGlassReviewed(
                grantId,
                reviewer.userId(),
                reviewer.agencyId(),
                grant.childId(),
                form.outcome().name()));
        redirect.addFlashAttribute("reviewedUser", grant.userName());
        return "redirect:/break-glass-reviews";
    }

    /** The grant if this reviewer may review it: 404 if there is none, 403 (audited) if it is not theirs to see. */
    private BreakGlassGrantView reviewable(long grantId, HavenUser reviewer, HttpServletRequest request) {
        Optional<BreakGlassGrantView> grant = reviews.find(grantId, reviewer);
        if (grant.isPresent()) {
            return grant.get();
        }
        if (!reviews.exists(grantId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        events.publishEvent(new AccessRefused(
                reviewer.userId(),
                reviewer.agencyId(),
                "break-glass-grant",
                Optional.of(grantId),
                Optional.empty(),
                RefusedRequests.describe(request),
                "not in the reviewer's line or areas"));
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    private String page(BreakGlassGrantView grant, String outcome, String note, FormErrors errors, Model model) {
        model.addAttribute("grant", grant);
        model.addAttribute("outcome", outcome);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("errors", errors);
        return REVIEW_VIEW;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
