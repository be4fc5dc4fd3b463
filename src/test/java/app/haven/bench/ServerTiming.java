package app.haven.bench;

import jakarta.servlet.Filter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

    /** The CPU time the request's own thread used over the same span (the JVM's share of a request's cost). */
    public static final Queue<Duration> CPU = new ConcurrentLinkedQueue<>();

    /** The bytes the request's own thread allocated over the same span (its share of the garbage every request's pauses come from). */
    public static final Queue<Long> ALLOCATED = new ConcurrentLinkedQueue<>();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final com.sun.management.ThreadMXBean ALLOCATIONS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Bean
    FilterRegistrationBean<Filter> serverTimingFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            long started = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long allocated = ALLOCATIONS.getCurrentThreadAllocatedBytes();
            try {
                chain.doFilter(request, response);
            } finally {
                TIMES.add(Duration.ofNanos(System.nanoTime() - started));
                CPU.add(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu));
                ALLOCATED.add(ALLOCATIONS.getCurrentThreadAllocatedBytes() - allocated);
            }
        });
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }
}
