package app.haven.engagement;

import gg.jte.TemplateEngine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Registers {@link PublicFormLimit} for the public concern form, and {@link OversizedUploads} for resource uploads,
 * before Spring Security. The allowance is a setting
 * ({@code HAVEN_PUBLIC_FORMS_PER_HOUR}, default 10 concerns per client address an hour). Survey codes are limited
 * differently (a class answering from one school network must not be refused): only refused codes count.
 */
@Configuration
class PublicFormLimitConfiguration {

    @Bean
    FilterRegistrationBean<PublicFormLimit> publicFormLimit(
            TemplateEngine templates,
            Clock clock,
            @Value("${haven.engagement.public-forms-per-hour:10}") int perHour,
            @Value("${haven.demo.enabled:true}") boolean demo) {
        FilterRegistrationBean<PublicFormLimit> registration = new FilterRegistrationBean<>(
                new PublicFormLimit(new ClientAllowance(perHour, Duration.ofHours(1), clock), templates, demo));
        registration.addUrlPatterns("/public/report-a-concern", "/public/report-a-concern/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** {@link OversizedUploads} for resource uploads, before Spring Security reads the form. */
    @Bean
    FilterRegistrationBean<OversizedUploads> oversizedUploads(
            TemplateEngine templates,
            @Value("${spring.servlet.multipart.max-request-size:13MB}") DataSize maxRequest,
            @Value("${haven.engagement.max-upload-bytes:10485760}") long maxUploadBytes,
            @Value("${haven.demo.enabled:true}") boolean demo) {
        FilterRegistrationBean<OversizedUploads> registration = new FilterRegistrationBean<>(
                new OversizedUploads(maxRequest.toBytes(), maxUploadBytes / (1024 * 1024), templates, demo));
        registration.addUrlPatterns("/engagement/resources", "/engagement/resources/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
