package app.haven.bench;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Times each request inside the server (before sign-in checks, the session and the page; after the socket), so a
 * page benchmark's figures say how long Haven took rather than how long its client threads waited for the CPUs.
 * Import it into a page benchmark; {@link PageLoad} reads it.
 */
@TestConfiguration
public class ServerTiming {

    /** Durations measured inside the server, from the first filter to the last byte of the response. */
    public static final Queue<Duration> TIMES = new ConcurrentLinkedQueue<>();

    @Bean
    FilterRegistrationBean<Filter> serverTimingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                TIMES.add(Duration.ofNanos(System.nanoTime() - started));
            }
        });
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }
}
