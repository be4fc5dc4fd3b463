package app.haven.identity;

import app.haven.platform.web.FormErrors;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Setting up an authenticator app: a new key (QR code and typed form), a code to prove the app has it, then
 * recovery codes shown once. The key waits in the session until confirmed, so a half-done enrolment changes
 * nothing. {@code @PermitAll} because a user who must enrol is not yet signed in: SecurityConfiguration
 * admits signed-in users and those at {@link SignInStage#MFA_ENROLMENT} only.
 */
@Controller
class MfaEnrolmentController {

    static final String ENROL_VIEW = "identity/mfaEnrol";
    static final String RECOVERY_CODES_VIEW = "identity/recoveryCodes";
    static final String PENDING_KEY = "haven.mfa.pendingKey";

    private final MfaEnrolments enrolments;
    private final SignInStages stages;
    private final Clock clock;

    MfaEnrolmentController(MfaEnrolments enrolments, SignInStages stages, Clock clock) {
        this.enrolments = enrolments;
        this.stages = stages;
        this.clock = clock;
    }

    @GetMapping("/account/mfa")
    @PermitAll
    String showEnrolment(HttpSession session, Model model) {
        return enrolmentPage(session, model, FormErrors.none());
    }

    @PostMapping("/account/mfa")
    @PermitAll
    String confirmEnrolment(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession();
        HavenUser user = SignInStages.currentUser().orElseThrow();
        String typed = code.replaceAll("\\s", "");
        if (typed.isEmpty()) {
            return enrolmentPage(session, model, error("Enter the 6-digit code from your authenticator app"));
        }
        String key = pendingKey(session);
        OptionalLong step = Totp.verify(Base32.decode(key), typed, clock.instant(), 0);
        if (step.isEmpty()) {
            return enrolmentPage(session, model, error("Enter a correct code from your authenticator app"));
        }
        List<String> recoveryCodes = RecoveryCodes.generate();
        enrolments.enrol(
                user.userId(),
                key,
                step.getAsLong(),
                recoveryCodes.stream().map(RecoveryCodes::hash).toList(),
                clock.instant());
        session.removeAttribute(PENDING_KEY);
        if (SignInStages.currentPartial().isPresent()) {
            stages.establish(stages.afterPasswordChange(user), request, response);
        }
        model.addAttribute("recoveryCodes", recoveryCodes);
        return RECOVERY_CODES_VIEW;
    }

    private String enrolmentPage(HttpSession session, Model model, FormErrors errors) {
        HavenUser user = SignInStages.currentUser().orElseThrow();
        String key = pendingKey(session);
        String uri = new KeyUri("Haven", user.getUsername(), key).toString();
        model.addAttribute("qrCode", QrCodeSvg.render(uri, "QR code to scan with your authenticator app"));
        model.addAttribute("key", groupsOfFour(key));
        model.addAttribute("reenrolling", enrolments.isEnrolled(user.userId()));
        model.addAttribute("errors", errors);
        return ENROL_VIEW;
    }

    /** 160 random bits, the key length RFC 4226 recommends for HMAC-SHA1. */
    private static String pendingKey(HttpSession session) {
        if (session.getAttribute(PENDING_KEY) instanceof String key) {
            return key;
        }
        byte[] bytes = new byte[20];
        new java.security.SecureRandom().nextBytes(bytes);
        String key = Base32.encode(bytes);
        session.setAttribute(PENDING_KEY, key);
        return key;
    }

    private static String groupsOfFour(String key) {
        return String.join(" ", key.split("(?<=\\G.{4})"));
    }

    private static FormErrors error(String message) {
        return FormErrors.builder().field("code", message).build();
    }
}
