package app.haven.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Announces every 403 that Spring Security gives a signed-in user (a page their role does not allow, a form posted
 * without its token) as {@link AccessRefused}, then lets the usual handler answer.
 */
final class RefusedRequests {

    private static final Pattern CHILD_PATH = Pattern.compile("^/children/(\\d{1,18})(/.*)?$");

    private RefusedRequests() {}

    static AccessDeniedHandler announcing(ApplicationEventPublisher events, AccessDeniedHandler then) {
        return (request, response, denied) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            // Someone part-way through signing in is sent back to their step, not refused.
            if (!(auth instanceof PartialSignIn) && auth != null && auth.getPrincipal() instanceof HavenUser user) {
                events.publishEvent(refusal(user, request, denied));
            }
            then.handle(request, response, denied);
        };
    }

    private static AccessRefused refusal(HavenUser user, HttpServletRequest request, AccessDeniedException denied) {
        Optional<Long> child = childIn(pathOf(request));
        return new AccessRefused(
                user.userId(),
                user.agencyId(),
                child.isPresent() ? "child" : "route",
                child,
                child,
                describe(request),
                denied instanceof CsrfException ? "form posted without a valid token" : "not allowed for the role");
    }

    /** The method and path, e.g. {@code POST /children/42/names/new}; never the query string or body. */
    static String describe(HttpServletRequest request) {
        return request.getMethod() + " " + pathOf(request);
    }

    static Optional<Long> childIn(String path) {
        Matcher matcher = CHILD_PATH.matcher(path);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.length() > 200 ? path.substring(0, 200) : path;
    }
}
