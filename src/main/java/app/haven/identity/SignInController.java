package app.haven.identity;

import app.haven.platform.web.FormErrors;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, its error state, and the page shown after signing out. */
@Controller
class SignInController {

    static final String SIGN_IN_VIEW = "identity/signIn";
    static final String SIGNED_OUT_VIEW = "identity/signedOut";

    @GetMapping("/login")
    @PermitAll
    String showSignIn(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", FormErrors.none());
        return SIGN_IN_VIEW;
    }

    /**
     * Spring Security forwards a failed sign-in here. The message never says whether the address exists, so
     * it cannot be used to discover accounts; blank fields get their own GOV.UK messages.
     */
    @PostMapping("/login/problem")
    @PermitAll
    String showSignInProblem(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        FormErrors.Builder errors = FormErrors.builder();
        if (email.isBlank()) {
            errors.field("email", "Enter your email address");
        }
        if (password.isEmpty()) {
            errors.field("password", "Enter your password");
        }
        if (!email.isBlank() && !password.isEmpty()) {
            errors.field("email", "Enter a correct email address and password");
        }
        model.addAttribute("email", email.length() > 254 ? "" : email);
        model.addAttribute("errors", errors.build());
        return SIGN_IN_VIEW;
    }

    @GetMapping("/signed-out")
    @PermitAll
    String showSignedOut() {
        return SIGNED_OUT_VIEW;
    }
}
