package app.haven.identity;

import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Access rules for the sign-in steps: a step's page admits a user at that step (and, for the account pages,
 * anyone signed in); a user part-way through who asks for anything else is sent back to their step.
 */
final class SignInStageAccess {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private SignInStageAccess() {}

    /** Only someone at this step: the MFA code page means nothing to a signed-in user. */
    static AuthorizationManager<RequestAuthorizationContext> atStage(SignInStage stage) {
        return (authentication, context) -> new AuthorizationDecision(isAt(authentication, stage));
    }

    /** A signed-in user, or someone whose remaining step is this page. */
    static AuthorizationManager<RequestAuthorizationContext> signedInOrAtStage(SignInStage stage) {
        return (authentication, context) ->
                new AuthorizationDecision(TRUST.isAuthenticated(authentication.get()) || isAt(authentication, stage));
    }

    /**
     * Sends a user part-way through signing in back to their step rather than showing "forbidden"; anyone
     * else refused gets the usual 403.
     */
    static AccessDeniedHandler accessDenied() {
        RequestMatcher partlySignedIn =
                request -> SecurityContextHolder.getContext().getAuthentication() instanceof PartialSignIn;
        AccessDeniedHandler backToStage = (request, response, denied) -> response.sendRedirect(request.getContextPath()
                + SignInStages.nextPath(SecurityContextHolder.getContext().getAuthentication()));
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(partlySignedIn, backToStage);
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    private static boolean isAt(Supplier<? extends Authentication> authentication, SignInStage stage) {
        return authentication.get() instanceof PartialSignIn partial && partial.stage() == stage;
    }
}
