package app.haven.platform.web;

import java.util.List;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Everything the page layout shows around a page's own content: who is signed in, where they can go, and
 * whether the service holds only demo data. Every model carries one as {@code chrome}.
 *
 * @param user the signed-in user, absent on anonymous pages (sign-in, most errors)
 * @param navigation the service navigation this user may see, in order
 * @param path the path of the current request, without query string
 * @param csrf the request's CSRF token, absent only where Spring Security did not run
 * @param demo whether this service holds generated, fictional demo data only
 */
public record PageChrome(
        Optional<SignedInUser> user, List<NavLink> navigation, String path, Optional<CsrfToken> csrf, boolean demo) {

    /** The signed-in user as the header names them. */
    public record SignedInUser(String displayName, String agencyName) {}

    /**
     * One link in the service navigation.
     *
     * @param current the link is the page being shown ({@code aria-current="page"})
     * @param active the page is within the link's section ({@code aria-current="true"})
     */
    public record NavLink(String label, String href, boolean current, boolean active) {

        /** The {@code aria-current} value, or {@code null} so that JTE leaves the attribute out. */
        public String ariaCurrent() {
            if (current) {
                return "page";
            }
            return active ? "true" : null;
        }
    }

    public PageChrome {
        navigation = List.copyOf(navigation);
    }

    /** A page for nobody signed in, as the sign-in and error pages usually are. */
    public static PageChrome anonymous(String path, Optional<CsrfToken> csrf, boolean demo) {
        return new PageChrome(Optional.empty(), List.of(), path, csrf, demo);
    }

    public boolean signedIn() {
        return user.isPresent();
    }

    public String csrfParameterName() {
        return csrf.map(CsrfToken::getParameterName).orElse("_csrf");
    }

    /**
     * The token to post back. Read only when a form is rendered, because reading it can create the session
     * that stores it, and a page without forms needs no session.
     */
    public String csrfToken() {
        return csrf.map(CsrfToken::getToken).orElse("");
    }
}
