package app.haven.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after sign-in however busy it has been (OWASP session management: an absolute
 * timeout bounds how long a stolen session stays useful), and tells the user why on the sign-in page.
 */
final class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String ENDED_PATH = "/session-ended";

    private final Clock clock;
    private final Duration limit;

    AbsoluteSessionTimeout(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SignInStages.SIGNED_IN_AT) instanceof Long signedInAt
                && clock.millis() - signedInAt >= limit.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + ENDED_PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
