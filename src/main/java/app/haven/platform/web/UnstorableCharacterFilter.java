package app.haven.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, on every form and link, text holding a control character no page could show or database store (a NUL
 * byte, PostgreSQL refuses it in text, and the other C0 controls but tab and line breaks): a 400 page that says
 * what was wrong, before any controller runs, rather than a failed save answered with a 500. Such characters come
 * from text pasted out of another program, or from someone probing.
 */
@Component
// Before Spring Security's filters (order -100), so every route is covered, including those security answers itself.
@Order(-110)
class UnstorableCharacterFilter extends OncePerRequestFilter {

    /** Set on a refused request so the error page can say why. */
    static final String REFUSED = "haven.unstorableCharacter";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsUnstorable(request.getParameterMap())) {
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "A field holds a character that cannot be stored");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean holdsUnstorable(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (unstorable(parameter.getKey())) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (unstorable(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean unstorable(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }
}
