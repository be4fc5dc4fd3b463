package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
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

/** Managers review every break-glass access: was it justified? Nobody reviews their own. */
@Controller
class BreakGlassReviewController {

    static final String LIST_VIEW = "identity/breakGlassReviews";
    static final String REVIEW_VIEW = "identity/breakGlassReview";

    private final BreakGlassReviews reviews;
    private final Clock clock;

    BreakGlassReviewController(BreakGlassReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    record ReviewForm(
            @NotNull(message = "Select whether the access was justified")
            BreakGlassReviews.Outcome outcome,

            @Size(max = 1000, message = "Note must be 1000 characters or fewer")
            String note) {}

    @GetMapping("/break-glass-reviews")
    @PreAuthorize("hasAuthority('REVIEW_BREAK_GLASS')")
    String showReviews(Model model) {
        model.addAttribute("awaiting", reviews.awaitingReview());
        model.addAttribute("reviewed", reviews.recentlyReviewed(20));
        return LIST_VIEW;
    }

    @GetMapping("/break-glass-reviews/{grantId}")
    @PreAuthorize("hasAuthority('REVIEW_BREAK_GLASS')")
    String showReview(@PathVariable long grantId, Model model) {
        return page(grantId, null, "", FormErrors.none(), model);
    }

    @PostMapping("/break-glass-reviews/{grantId}")
    @PreAuthorize("hasAuthority('REVIEW_BREAK_GLASS')")
    String recordReview(
            @PathVariable long grantId,
            @AuthenticationPrincipal HavenPrincipal reviewer,
            @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var grant = reviews.find(grantId)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
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
            String outcome = form.outcome() == null ? null : form.outcome().name();
            return page(grantId, outcome, form.note(), found, model);
        }
        redirect.addFlashAttribute("reviewedUser", grant.userName());
        return "redirect:/break-glass-reviews";
    }

    private String page(long grantId, String outcome, String note, FormErrors errors, Model model) {
        model.addAttribute(
                "grant",
                reviews.find(grantId)
                        .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
        model.addAttribute("outcome", outcome);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("errors", errors);
        return REVIEW_VIEW;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
