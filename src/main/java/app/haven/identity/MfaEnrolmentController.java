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
    private final Reauthentication reauthentication;
    private final Clock clock;

    MfaEnrolmentController(
            MfaEnrolments enrolments, SignInStages stages, Reauthentication reauthentication, Clock clock) {
        this.enrolments = enrolments;
        this.stages = stages;
        this.reauthentication = reauthentication;
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
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String currentCode,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        HttpSession session = request.getSession();
        HavenUser user = SignInStages.currentUser().orElseThrow();
        String typed = code.replaceAll("\\s", "");
        String key = pendingKey(session);
        OptionalLong step =
                typed.isEmpty() ? OptionalLong.empty() : Totp.verify(Base32.decode(key), typed, clock.instant(), 0);
        FormErrors errors = identityProblems(user, password, currentCode, typed.isEmpty(), step.isEmpty());
        if (errors.hasErrors()) {
            return enrolmentPage(session, model, errors);
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

    /**
     * A signed-in user proves who they are before their authenticator changes: their password, and a code from the
     * app being replaced where there is one. Someone part-way through signing in has just given their password.
     */
    private FormErrors identityProblems(
            HavenUser user, String password, String currentCode, boolean codeMissing, boolean codeWrong) {
        FormErrors.Builder errors = FormErrors.builder();
        if (codeMissing) {
            errors.field("code", "Enter the 6-digit code from your authenticator app");
        } else if (codeWrong) {
            errors.field("code", "Enter a correct code from your authenticator app");
        }
        if (SignInStages.currentPartial().isPresent()) {
            return errors.build();
        }
        if (password.isEmpty()) {
            errors.field("password", "Enter your password");
        } else if (!reauthentication.passwordIsRight(user.userId(), password)) {
            errors.field("password", "Your password is not correct");
        }
        if (!enrolments.isEnrolled(user.userId())) {
            return errors.build();
        }
        if (currentCode.isBlank()) {
            errors.field("currentCode", "Enter a code from the authenticator app you use now, or a recovery code");
        } else if (!reauthentication.codeIsRight(user.userId(), currentCode)) {
            errors.field(
                    "currentCode", "Enter a correct code from the authenticator app you use now, or a recovery code");
        }
        return errors.build();
    }

    private String enrolmentPage(HttpSession session, Model model, FormErrors errors) {
        HavenUser user = SignInStages.currentUser().orElseThrow();
        String key = pendingKey(session);
        String uri = new KeyUri("Haven", user.getUsername(), key).toString();
        model.addAttribute("qrCode", QrCodeSvg.render(uri, "QR code to scan with your authenticator app"));
        model.addAttribute("key", groupsOfFour(key));
        model.addAttribute("reenrolling", enrolments.isEnrolled(user.userId()));
        model.addAttribute("confirmIdentity", SignInStages.currentPartial().isEmpty());
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
}
