package app.haven.platform.web;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.NavigationItem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the {@link PageChrome} into every model, so no controller has to remember the layout's needs. Exception
 * handlers, whose models Spring does not fill, ask it directly.
 */
@ControllerAdvice
public class PageChromeAdvice {

    private final List<NavigationItem> navigation;
    private final boolean demo;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    PageChromeAdvice(ObjectProvider<NavigationItem> navigation, @Value("${haven.demo.enabled:true}") boolean demo) {
        this.navigation = navigation
                .orderedStream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.demo = demo;
    }

    @ModelAttribute("chrome")
    public PageChrome chrome(HttpServletRequest request) {
        String path = pathOf(request);
        Optional<CsrfToken> csrf =
                request.getAttribute("_csrf") instanceof CsrfToken token ? Optional.of(token) : Optional.empty();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!trust.isAuthenticated(auth)) {
            return PageChrome.anonymous(path, csrf, demo);
        }
        return new PageChrome(Optional.of(userOf(auth)), linksFor(auth, path), path, csrf, demo);
    }

    /** The path the user asked for: on an error page, the page that failed rather than "/error". */
    private static String pathOf(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        String context = request.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static PageChrome.SignedInUser userOf(Authentication auth) {
        if (auth.getPrincipal() instanceof HavenPrincipal principal) {
            return new PageChrome.SignedInUser(principal.displayName(), principal.agencyName());
        }
        // Test users and other principals have no agency; the header then shows just their name.
        return new PageChrome.SignedInUser(auth.getName(), "");
    }

    private List<PageChrome.NavLink> linksFor(Authentication auth, String path) {
        Set<String> authorities = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        List<NavigationItem> visible =
                navigation.stream().filter(item -> item.isFor(authorities)).toList();
        String section = sectionOf(visible, path);
        return visible.stream()
                .map(item -> new PageChrome.NavLink(
                        item.label(),
                        item.href(),
                        item.href().equals(path),
                        item.href().equals(section)))
                .toList();
    }

    /** The longest navigation href the path lies within, so "/cases/42" marks "Cases", not "Home". */
    private static String sectionOf(List<NavigationItem> items, String path) {
        return items.stream()
                .map(NavigationItem::href)
                .filter(href -> path.equals(href) || (!href.equals("/") && path.startsWith(href + "/")))
                .max(Comparator.comparingInt(String::length))
                .orElse("");
    }
}
