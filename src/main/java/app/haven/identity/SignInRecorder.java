package app.haven.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Keeps each account's last sign-in time, which administrators use to find dormant accounts. */
@Component
class SignInRecorder {

    private final UserAccounts accounts;
    private final Clock clock;

    SignInRecorder(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HavenUser user) {
            accounts.recordSignIn(user.userId(), clock.instant());
        }
    }
}
