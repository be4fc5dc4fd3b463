package app.haven.identity;

import app.haven.platform.web.SecurityHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what over the web. Pages are for signed-in users only, except sign-in itself, the assets it
 * needs, the health probe and the public pages under {@code /public}; each handler then declares its own permission (checked by ArchitectureTests).
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** No inline script or style anywhere: GOV.UK Frontend is initialised from Haven's own module script. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

    static final String[] PUBLIC_PATHS = {
        "/login",
        "/login/problem",
        "/signed-out",
        AbsoluteSessionTimeout.ENDED_PATH,
        "/error",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/favicon.svg",
        "/actuator/health",
        "/actuator/health/**",
        // Haven's public pages (engagement module, ADR 0017): published resources, the top 10 page and the form to
        // report a concern. Nothing else is reachable without signing in.
        "/public",
        "/public/**"
    };

    /** Only in a web application: a context without a web server (batch tools, some tests) has no filters. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            SignInStages stages,
            UserAccounts accounts,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${haven.session.absolute-timeout:10h}") Duration absoluteTimeout)
            throws Exception {
        // Someone part-way through signing in (see PartialSignIn) reaches only their step's page.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/actuator/auditchain")
                        .hasAuthority("VIEW_AUDIT")
                        .requestMatchers(SignInStage.MFA_CODE.path())
                        .access(SignInStageAccess.atStage(SignInStage.MFA_CODE))
                        .requestMatchers(SignInStage.PASSWORD_CHANGE.path())
                        .access(SignInStageAccess.signedInOrAtStage(SignInStage.PASSWORD_CHANGE))
                        .requestMatchers(SignInStage.MFA_ENROLMENT.path())
                        .access(SignInStageAccess.signedInOrAtStage(SignInStage.MFA_ENROLMENT))
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .accessDeniedHandler(RefusedRequests.announcing(events, SignInStageAccess.accessDenied()))
                        .authenticationEntryPoint(signInPage()))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new AbsoluteSessionTimeout(clock, absoluteTimeout), SecurityContextHolderFilter.class)
                .addFilterAfter(new AccessRefresh(accounts), AbsoluteSessionTimeout.class)
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new SignInSuccess(stages))
                        // Forward, not redirect: the sign-in page is shown again with what the user typed.
                        .failureForwardUrl("/login/problem")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/signed-out")
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Sends a signed-out visitor to sign in with a relative address: an absolute one would be built from the
     * request's {@code Host}, which the client chooses.
     */
    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** bcrypt at cost 12 (OWASP's floor for bcrypt); the prefix lets a later issue move to Argon2id smoothly. */
    /**
     * No observation of each security filter, authorization and authentication: nothing reads them (the actuator
     * exposes no metrics), and timing every one of some fifteen filters on every request cost a few percent of a
     * page's CPU (ADR 0008). The request as a whole is still timed.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(12)));
    }
}
