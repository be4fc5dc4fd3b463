package app.haven.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** "Your account": who the user is, how they sign in, and signing out of every device at once. */
@Controller
class AccountController {

    static final String VIEW = "identity/account";

    private final MfaEnrolments enrolments;
    private final UserSessions sessions;

    AccountController(MfaEnrolments enrolments, UserSessions sessions) {
        this.enrolments = enrolments;
        this.sessions = sessions;
    }

    @GetMapping("/account")
    @PreAuthorize("isAuthenticated()")
    String showAccount(Model model) {
        HavenUser user = SignInStages.currentUser().orElseThrow();
        // Plain values: templates compile into another package, which cannot see identity's own types.
        model.addAttribute("displayName", user.displayName());
        model.addAttribute("agencyName", user.agencyName());
        model.addAttribute("mfaEnrolled", enrolments.isEnrolled(user.userId()));
        model.addAttribute("recoveryCodesLeft", enrolments.unusedRecoveryCodes(user.userId()));
        return VIEW;
    }

    /**
     * Ends every session of this user, on every device and node, this one included (for a lost laptop or a
     * suspicion someone else is signed in).
     */
    @PostMapping("/account/sign-out-everywhere")
    @PreAuthorize("isAuthenticated()")
    String signOutEverywhere(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        sessions.endAll(auth.getName());
        new SecurityContextLogoutHandler().logout(request, response, auth);
        return "redirect:/signed-out";
    }
}
