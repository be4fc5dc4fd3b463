package app.haven.identity;

import app.haven.platform.web.FormErrors;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password, and choosing one in place of a temporary password. {@code @PermitAll} because
 * a user who must change theirs is not yet signed in: SecurityConfiguration admits signed-in users and those
 * at {@link SignInStage#PASSWORD_CHANGE} only. Nothing is saved unless every answer is right.
 */
@Controller
class PasswordChangeController {

    static final String VIEW = "identity/changePassword";

    /** What the user typed; never shown back, as GOV.UK advises for passwords. */
    record PasswordChangeForm(String currentPassword, String newPassword, String confirmPassword) {}

    private final AccountPasswords passwords;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Reauthentication reauthentication;
    private final SignInStages stages;
    private final UserSessions sessions;

    PasswordChangeController(
            AccountPasswords passwords,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            Reauthentication reauthentication,
            SignInStages stages,
            UserSessions sessions) {
        this.passwords = passwords;
        this.policy = policy;
        this.encoder = encoder;
        this.reauthentication = reauthentication;
        this.stages = stages;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    @PermitAll
    String showPasswordChange(Model model) {
        return page(model, FormErrors.none());
    }

    @PostMapping("/account/password")
    @PermitAll
    String changePassword(
            PasswordChangeForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        HavenUser user = SignInStages.currentUser().orElseThrow();
        FormErrors errors = check(form, user);
        if (errors.hasErrors()) {
            return page(model, errors);
        }
        passwords.change(user.userId(), encoder.encode(form.newPassword()));
        sessions.endAllExcept(user.getUsername(), request.getSession().getId());
        if (SignInStages.currentPartial().isPresent()) {
            Authentication next = stages.afterPasswordChange(user);
            stages.establish(next, request, response);
            return "redirect:" + SignInStages.nextPath(next);
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account";
    }

    private FormErrors check(PasswordChangeForm form, HavenUser user) {
        FormErrors.Builder errors = FormErrors.builder();
        String current = form.currentPassword() == null ? "" : form.currentPassword();
        if (current.isEmpty()) {
            errors.field("currentPassword", "Enter your current password");
        } else if (!reauthentication.passwordIsRight(user.userId(), current)) {
            errors.field("currentPassword", "Your current password is not correct");
        }
        policy.problem(form.newPassword(), user.getUsername()).ifPresent(p -> errors.field("newPassword", p));
        if (form.newPassword() != null && form.newPassword().equals(current) && !current.isEmpty()) {
            errors.field("newPassword", "Your new password must be different from your current password");
        }
        if (form.confirmPassword() == null || form.confirmPassword().isEmpty()) {
            errors.field("confirmPassword", "Confirm your new password");
        } else if (!form.confirmPassword().equals(form.newPassword())) {
            errors.field("confirmPassword", "Passwords do not match");
        }
        return errors.build();
    }

    private static String page(Model model, FormErrors errors) {
        model.addAttribute("mustChange", SignInStages.currentPartial().isPresent());
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
