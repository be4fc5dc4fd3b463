package app.haven.identity;

import app.haven.platform.web.FormErrors;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in for a user with an authenticator app. {@code @PermitAll} because the user
 * is not yet signed in: SecurityConfiguration admits only someone at {@link SignInStage#MFA_CODE}.
 */
@Controller
class MfaSignInController {

    static final String VIEW = "identity/mfaCode";

    private final SecondFactor secondFactor;
    private final SignInStages stages;

    MfaSignInController(SecondFactor secondFactor, SignInStages stages) {
        this.secondFactor = secondFactor;
        this.stages = stages;
    }

    @GetMapping("/login/mfa")
    @PermitAll
    String showCodeEntry(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return VIEW;
    }

    @PostMapping("/login/mfa")
    @PermitAll
    String checkCode(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        HavenUser user = SignInStages.currentPartial().orElseThrow().user();
        if (code.isBlank()) {
            return problem(model, "Enter the code from your authenticator app");
        }
        // Same message for a wrong code and a locked account, as for passwords: nothing to learn from it.
        if (code.length() > 40 || !secondFactor.verify(user.userId(), code)) {
            return problem(model, "Enter a correct code from your authenticator app, or a recovery code");
        }
        Authentication next = stages.afterSecondFactor(user);
        stages.establish(next, request, response);
        return "redirect:" + SignInStages.nextPath(next);
    }

    private static String problem(Model model, String message) {
        model.addAttribute("errors", FormErrors.builder().field("code", message).build());
        return VIEW;
    }
}
