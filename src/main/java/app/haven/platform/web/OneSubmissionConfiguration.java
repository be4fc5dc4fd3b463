package app.haven.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers {@link OneSubmissionFilter} for every URL, after Spring Security (the default filter order), with the
 * tokens it keeps in PostgreSQL. A configuration rather than a component, so web slices without a database (page
 * rendering tests) do without it.
 */
@Configuration
class OneSubmissionConfiguration {

    @Bean
    FilterRegistrationBean<OneSubmissionFilter> oneSubmissionFilter(JdbcClient jdbc, java.time.Clock clock) {
        return new FilterRegistrationBean<>(new OneSubmissionFilter(new Submissions(jdbc, clock)));
    }
}
