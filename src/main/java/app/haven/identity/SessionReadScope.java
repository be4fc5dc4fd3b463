package app.haven.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session a request has just saved, kept for that request only, so that Spring Session's filter does not read it
 * back from PostgreSQL straight after saving it ({@link SessionAccessRecording}). A filter just outside Spring
 * Session's forgets it when the request ends, whatever happened, so a pooled thread never hands one request's session
 * to the next: every request still reads its session from the database once, at its start.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadScope {

    private static final ThreadLocal<SessionAccessRecording.Sparing> SAVED = new ThreadLocal<>();

    /** Remembers the session this request's thread has just saved. */
    static void saved(SessionAccessRecording.Sparing session) {
        SAVED.set(session);
    }

    /** The session just saved on this thread if it is the one asked for (it is then forgotten), or null. */
    static SessionAccessRecording.Sparing takeSaved(String id) {
        SessionAccessRecording.Sparing saved = SAVED.get();
        SAVED.remove();
        return saved != null && saved.getId().equals(id) && !saved.isExpired() ? saved : null;
    }

    static void forget() {
        SAVED.remove();
    }

    @Bean
    FilterRegistrationBean<Filter> sessionReadScopeFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Forget());
        // Outside Spring Session's filter, which saves (and would read back) the session in its own finally block.
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** Forgets the saved session before and after every request. */
    static final class Forget implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            SAVED.remove();
            try {
                chain.doFilter(request, response);
            } finally {
                SAVED.remove();
            }
        }
    }
}
