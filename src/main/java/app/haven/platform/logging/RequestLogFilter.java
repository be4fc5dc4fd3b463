package app.haven.platform.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One structured line per request: method, route, status, time and the user's id, as key=value pairs. It
 * logs the route pattern ({@code /children/{id}}), never the query string or form fields, so no name,
 * search term or other personal data reaches the log. Each request gets an id, echoed in the
 * {@code X-Request-Id} header and put in the logging context for every line logged while it runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String USER_ID_ATTRIBUTE = RequestLogFilter.class.getName() + ".userId";
    private static final Pattern UNSAFE_PATH_CHARACTERS = Pattern.compile("[^A-Za-z0-9/._~-]");
    private static final int MAX_PATH_LENGTH = 80;
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final Logger log = LoggerFactory.getLogger("haven.request");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request);
        MDC.put("requestId", requestId);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (!isAsset(request.getRequestURI())) {
                log.info(
                        "request method={} route={} status={} durationMs={} user={} requestId={}",
                        request.getMethod(),
                        route(request),
                        response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000,
                        userId(request),
                        requestId);
            }
            MDC.remove("requestId");
        }
    }

    /** A caller's id is reused only when it cannot smuggle anything into the log. */
    private static String requestId(HttpServletRequest request) {
        String offered = request.getHeader(REQUEST_ID_HEADER);
        return offered != null && SAFE_REQUEST_ID.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }

    /**
     * The handler's pattern where there is one; otherwise (sign-in and sign-out, handled by filters) the path
     * alone, cut short and stripped of anything but URL characters so it cannot forge a log line.
     */
    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            return pattern.toString();
        }
        String path = UNSAFE_PATH_CHARACTERS.matcher(request.getRequestURI()).replaceAll("_");
        return path.length() > MAX_PATH_LENGTH ? path.substring(0, MAX_PATH_LENGTH) + "..." : path;
    }

    private static String userId(HttpServletRequest request) {
        Object id = request.getAttribute(USER_ID_ATTRIBUTE);
        return id != null ? id.toString() : "-";
    }

    private static boolean isAsset(String uri) {
        return uri.startsWith("/webjars/")
                || uri.startsWith("/css/")
                || uri.startsWith("/js/")
                || uri.startsWith("/favicon.");
    }
}
