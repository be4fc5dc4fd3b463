package app.haven;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Haven's public pages, declared: the only handlers anyone may call without signing in are sign-in's own steps and the
 * pages under {@code /public}; every public route, asked by a signed-out visitor, shows nothing of the fixture's child or
 * adult and refuses nothing it should serve; every route outside {@code /public} sends a signed-out visitor to sign in.
 */
class PublicRoutesIT extends RecordRoutes {

    /**
     * Handlers that are {@code @PermitAll} because they are steps of signing in (the security chain still admits only
     * someone at that step: SignInStageAccess), not public pages.
     */
    static final List<String> SIGN_IN_PREFIXES =
            List.of("/login", "/signed-out", "/session-ended", "/account/password", "/account/mfa", "/error");

    @Test
    void onlySignInAndThePublicPagesArePermittedToEveryone() {
        SoftAssertions softly = new SoftAssertions();
        List<RouteInventory.Route> permitted = RouteInventory.all(mapping).stream()
                .filter(route -> route.handler().hasMethodAnnotation(PermitAll.class))
                .toList();
        softly.assertThat(RouteInventory.publicRoutes(mapping))
                .as("public routes")
                .isNotEmpty();
        for (RouteInventory.Route route : permitted) {
            boolean isPublic = route.pattern().equals(RouteInventory.PUBLIC)
                    || route.pattern().startsWith(RouteInventory.PUBLIC + "/");
            softly.assertThat(isPublic || SIGN_IN_PREFIXES.stream().anyMatch(route.pattern()::startsWith))
                    .as("%s is @PermitAll: it must be under /public or part of signing in", route)
                    .isTrue();
        }
        for (RouteInventory.Route route : RouteInventory.publicRoutes(mapping)) {
            softly.assertThat(route.handler().hasMethodAnnotation(PermitAll.class))
                    .as("%s is public and must say so (@PermitAll)", route)
                    .isTrue();
        }
        softly.assertAll();
    }

    @Test
    void aSignedOutVisitorSeesNothingOfAnyRecordOnThePublicPagesAndIsSentToSignInEverywhereElse() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (RouteInventory.Route route : RouteInventory.publicRoutes(mapping)) {
            Optional<String> path = fixture.fill(route);
            softly.assertThat(path)
                    .as("%s: teach RecordFixture its variables", route)
                    .isPresent();
            if (path.isEmpty()) {
                continue;
            }
            MockHttpServletResponse response = anonymous(route, path.get());
            softly.assertThat(response.getStatus())
                    .as("%s as a signed-out visitor", route)
                    .isNotIn(401, 403, 500);
            softly.assertThat(response.getContentAsString())
                    .as("%s shows nothing of the child", route)
                    .doesNotContain(fixture.uniqueName)
                    .doesNotContain(fixture.adultName)
                    .doesNotContain("Fixture concern");
        }
        for (RouteInventory.Route route : routes()) {
            Optional<String> path = fixture.fill(route);
            if (route.method() == RequestMethod.GET && path.isPresent()) {
                MockHttpServletResponse response = anonymous(route, path.get());
                softly.assertThat(response.getStatus())
                        .as("%s signed out", route)
                        .isEqualTo(302);
                softly.assertThat(response.getRedirectedUrl())
                        .as("%s signed out", route)
                        .isEqualTo("/login");
            }
        }
        softly.assertAll();
    }

    private MockHttpServletResponse anonymous(RouteInventory.Route route, String path) throws Exception {
        MockHttpServletRequestBuilder request = route.method() == RequestMethod.POST
                ? MockMvcRequestBuilders.post(path).with(csrf())
                : MockMvcRequestBuilders.get(path);
        return mvc.perform(request.with(r -> {
                    r.setRemoteAddr("203.0.113." + (path.hashCode() & 0x7f));
                    return r;
                }))
                .andReturn()
                .getResponse();
    }
}
