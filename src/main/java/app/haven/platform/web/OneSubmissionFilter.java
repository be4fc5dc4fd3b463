package app.haven.platform.web;

import app.haven.platform.HavenPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One submission per form. Every POST form carries a fresh token ({@link #PARAMETER}, added by the form component);
 * the first request to bring it claims it in PostgreSQL and does the work; a repeat (a double click, a retried post,
 * the same form sent from four tabs at once) waits for the first and is answered with the same redirect, changing
 * nothing and writing nothing to the session. A first submission that showed the form again releases its token.
 * Runs after Spring Security, so a repeat is authenticated and CSRF-checked like any request.
 */
class OneSubmissionFilter extends OncePerRequestFilter {

    static final String PARAMETER = "_submission";
    private static final Duration REPEAT_WAITS_FOR_FIRST = Duration.ofSeconds(10);

    private final Submissions submissions;

    OneSubmissionFilter(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || token(request).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID token = token(request).orElseThrow();
        Long user = signedInUser();
        if (!submissions.claim(token, user)) {
            Optional<String> first = awaitFirst(token, user);
            if (first.isPresent()) {
                response.sendRedirect(first.get());
                return;
            }
            // The first showed the form again (its token released): this one may try. Otherwise it is still running
            // after the wait, or the token is someone else's: refuse rather than act twice.
            if (!submissions.claim(token, user)) {
                response.sendError(HttpServletResponse.SC_CONFLICT);
                return;
            }
        }
        boolean redirected = false;
        try {
            chain.doFilter(request, response);
            Optional<String> location = pathOf(response);
            if (location.isPresent()) {
                submissions.completed(token, location.get());
                redirected = true;
            }
        } finally {
            if (!redirected) {
                submissions.released(token);
            }
        }
    }

    private Optional<String> awaitFirst(UUID token, Long user) throws ServletException {
        try {
            return submissions.outcome(token, user, REPEAT_WAITS_FOR_FIRST);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServletException(interrupted);
        }
    }

    /** The redirect's path and query on this site; never a host, so a stored answer cannot send anyone elsewhere. */
    private static Optional<String> pathOf(HttpServletResponse response) {
        String location = response.getHeader("Location");
        if (response.getStatus() < 300 || response.getStatus() >= 400 || location == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(location);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> token(HttpServletRequest request) {
        String value = request.getParameter(PARAMETER);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }

    private static Long signedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof HavenPrincipal principal ? principal.userId() : null;
    }
}
