package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.NavigationItem;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class PageChromeAdviceTest {

    record Principal(long userId, String displayName, long agencyId, String agencyName) implements HavenPrincipal {}

    private final PageChromeAdvice advice = advice(
            NavigationItem.forEveryone("Home", "/", 0),
            new NavigationItem("Intelligence", "/intelligence", 30, "ROLE_ANALYST"),
            NavigationItem.forEveryone("Cases", "/cases", 10));

    private static PageChromeAdvice advice(NavigationItem... items) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < items.length; i++) {
            beans.addBean("item" + i, items[i]);
        }
        return new PageChromeAdvice(beans.getBeanProvider(NavigationItem.class), true);
    }

    private static void signIn(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static Authentication practitioner(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(
                new Principal(7, "Alex Example", 3, "Example Borough Council"),
                "",
                AuthorityUtils.createAuthorityList(authorities));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void showsTheSignedInUserAndOnlyTheNavigationTheirAuthoritiesAllowInOrder() {
        signIn(practitioner("ROLE_PRACTITIONER"));

        PageChrome chrome = advice.chrome(new MockHttpServletRequest("GET", "/cases/42"));

        assertThat(chrome.user()).hasValue(new PageChrome.SignedInUser("Alex Example", "Example Borough Council"));
        assertThat(chrome.navigation()).extracting(PageChrome.NavLink::label).containsExactly("Home", "Cases");
        assertThat(chrome.path()).isEqualTo("/cases/42");
        assertThat(chrome.demo()).isTrue();
    }

    @Test
    void marksTheSectionTheUserIsInAndThePageTheyAreOn() {
        signIn(practitioner("ROLE_ANALYST"));

        List<PageChrome.NavLink> within =
                advice.chrome(new MockHttpServletRequest("GET", "/cases/42")).navigation();
        assertThat(within)
                .filteredOn(PageChrome.NavLink::active)
                .extracting(PageChrome.NavLink::label)
                .containsExactly("Cases");
        assertThat(within).noneMatch(PageChrome.NavLink::current);

        List<PageChrome.NavLink> on = advice.chrome(new MockHttpServletRequest("GET", "/intelligence"))
                .navigation();
        assertThat(on)
                .filteredOn(PageChrome.NavLink::current)
                .extracting(PageChrome.NavLink::ariaCurrent)
                .containsExactly("page");
    }

    @Test
    void anonymousVisitorsGetNoUserOrNavigationButStillACsrfTokenForSignIn() {
        signIn(new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sign-in");
        request.setAttribute("_csrf", new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc"));

        PageChrome chrome = advice.chrome(request);

        assertThat(chrome.signedIn()).isFalse();
        assertThat(chrome.navigation()).isEmpty();
        assertThat(chrome.csrfParameterName()).isEqualTo("_csrf");
        assertThat(chrome.csrfToken()).isEqualTo("abc");
    }

    @Test
    void errorPagesReportThePathThatFailedNotTheErrorPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/cases/999");

        assertThat(advice.chrome(request).path()).isEqualTo("/cases/999");
    }
}
