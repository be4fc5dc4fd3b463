package app.haven.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the right password: notes when (for the absolute timeout), then sends someone with a step left to
 * that step's page, and everyone else where they were going.
 */
final class SignInSuccess implements AuthenticationSuccessHandler {

    private final SignInStages stages;
    private final SavedRequestAwareAuthenticationSuccessHandler signedIn =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSuccess(SignInStages stages) {
        this.stages = stages;
        signedIn.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        stages.recordPasswordSignIn(request);
        if (authentication instanceof PartialSignIn partial) {
            response.sendRedirect(request.getContextPath() + partial.stage().path());
            return;
        }
        signedIn.onAuthenticationSuccess(request, response, authentication);
    }
}
