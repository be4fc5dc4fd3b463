package app.haven.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with lockout, and the start of the remaining steps. The only authentication provider, so
 * nothing signs in around the lock. A locked account is refused with the same error as a wrong password
 * (no account enumeration), and only after the password has been checked, so the response takes as long
 * either way.
 */
@Component
class GuardedPasswordAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInLockout lockout;
    private final SignInStages stages;

    GuardedPasswordAuthentication(
            HavenUserDetailsService users, PasswordEncoder encoder, SignInLockout lockout, SignInStages stages) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.lockout = lockout;
        this.stages = stages;
    }

    /** The attempt is counted before the password is checked (SignInLockout), and given back when it is right. */
    @Override
    public Authentication authenticate(Authentication attempt) {
        Optional<SignInLockout.Attempt> counted =
                lockout.accountFor(attempt.getName()).map(lockout::begin);
        HavenUser user = (HavenUser) passwords.authenticate(attempt).getPrincipal();
        if (counted.isEmpty() || !counted.get().allowed() || counted.get().userId() != user.userId()) {
            throw new BadCredentialsException("locked");
        }
        lockout.passed(counted.get());
        return stages.afterPassword(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
