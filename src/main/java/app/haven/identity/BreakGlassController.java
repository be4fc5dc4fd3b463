package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a user meets when a child's record is outside their scope: who knows the child (so they can
 * contact them), and, for roles that allow it, opening the record anyway with a reason.
 */
@Controller
class BreakGlassController {

    static final String VIEW = "identity/breakGlass";

    private final ChildAccess access;
    private final BreakGlass breakGlass;

    BreakGlassController(ChildAccess access, BreakGlass breakGlass) {
        this.access = access;
        this.breakGlass = breakGlass;
    }

    /**
     * The reason is the whole point of the form: required, and long enough to mean something (the minimum is
     * checked after trimming, in {@link BreakGlass}, so a blank reason gets only the "enter" message).
     */
    record BreakGlassForm(
            @NotBlank(message = "Enter why you need to open this record")
            @Size(max = BreakGlass.MAX_REASON, message = "Reason must be 1000 characters or fewer")
            String reason) {}

    @GetMapping("/children/{childId}/break-glass")
    @PreAuthorize("hasAuthority('BREAK_GLASS')")
    String showBreakGlass(@PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        if (access.canOpen(user, childId)) {
            return "redirect:/children/" + childId;
        }
        return page(childId, new BreakGlassForm(""), FormErrors.none(), model);
    }

    @PostMapping("/children/{childId}/break-glass")
    @PreAuthorize("hasAuthority('BREAK_GLASS')")
    String openWithBreakGlass(
            @PathVariable long childId,
            @AuthenticationPrincipal HavenPrincipal user,
            @Valid @ModelAttribute("form") BreakGlassForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(childId, form, FormErrors.from(result), model);
        }
        var grant = breakGlass.open(user, childId, form.reason());
        if (grant.isEmpty()) {
            FormErrors errors = FormErrors.builder()
                    .field("reason", "Reason must be 10 characters or more")
                    .build();
            return page(childId, form, errors, model);
        }
        redirect.addFlashAttribute("breakGlassUntil", grant.get().expiresAt());
        return "redirect:/children/" + childId;
    }

    private String page(long childId, BreakGlassForm form, FormErrors errors, Model model) {
        model.addAttribute("childId", childId);
        model.addAttribute("knownTo", access.knownTo(childId));
        model.addAttribute("reason", form.reason());
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
