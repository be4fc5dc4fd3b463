package app.haven.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The steps from a correct password to being signed in: an MFA code if the user has an authenticator,
 * then a new password if theirs is temporary, then enrolment if MFA is mandatory and they have none.
 */
@Component
class SignInStages {

    /** When the user gave their password, for the absolute session timeout. */
    static final String SIGNED_IN_AT = "haven.signedInAt";

    private final MfaEnrolments mfa;
    private final AccountPasswords passwords;
    private final MfaRequirement requirement;
    private final SignInLockout lockout;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInStages(
            MfaEnrolments mfa,
            AccountPasswords passwords,
            MfaRequirement requirement,
            SignInLockout lockout,
            Clock clock) {
        this.mfa = mfa;
        this.passwords = passwords;
        this.requirement = requirement;
        this.lockout = lockout;
        this.clock = clock;
    }

    /**
     * After the right password: an MFA code comes first, because nothing else should be reachable without it.
     * Without one the password was the last factor, so the failure count starts again.
     */
    Authentication afterPassword(HavenUser user) {
        if (mfa.isEnrolled(user.userId())) {
            return new PartialSignIn(user, SignInStage.MFA_CODE);
        }
        lockout.reset(user.userId());
        return afterSecondFactor(user);
    }

    /** After the MFA code, or straight after the password for someone without an authenticator. */
    Authentication afterSecondFactor(HavenUser user) {
        if (passwords.mustChange(user.userId())) {
            return new PartialSignIn(user, SignInStage.PASSWORD_CHANGE);
        }
        return afterPasswordChange(user);
    }

    Authentication afterPasswordChange(HavenUser user) {
        if (requirement.mandatory() && !mfa.isEnrolled(user.userId())) {
            return new PartialSignIn(user, SignInStage.MFA_ENROLMENT);
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /**
     * Puts the next state in the session under a new session id: each step up in privilege gets a fresh id
     * (OWASP session fixation guidance), not just the first.
     */
    void establish(Authentication next, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    void recordPasswordSignIn(HttpServletRequest request) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.millis());
    }

    /** Where the user should go next: their stage's page, or home once signed in. */
    static String nextPath(Authentication authentication) {
        return authentication instanceof PartialSignIn partial ? partial.stage().path() : "/";
    }

    /** The user behind the current request, part-way through signing in or fully signed in. */
    static Optional<HavenUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof HavenUser user ? Optional.of(user) : Optional.empty();
    }

    /** The current partial sign-in, if the user is part-way through. */
    static Optional<PartialSignIn> currentPartial() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PartialSignIn partial
                ? Optional.of(partial)
                : Optional.empty();
    }
}
