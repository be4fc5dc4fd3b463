package app.haven.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies an administrator's change to a signed-in user — a role, area, agency or team taken away, or the
 * account disabled — on the user's next request, not when their session ends hours later. Each request compares
 * the account's version (one primary-key read) with the version the session's access was loaded at; when it
 * moved on, the user's roles, permissions, scope and areas are read again. A disabled or deleted account's
 * session ends.
 */
final class AccessRefresh extends OncePerRequestFilter {

    /** The account version the session's access was loaded at. */
    static final String LOADED_VERSION = "haven.accountVersion";

    private final UserAccounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccessRefresh(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null
                || !(auth instanceof UsernamePasswordAuthenticationToken)
                || !(auth.getPrincipal() instanceof HavenUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Integer> version = accounts.enabledVersion(user.userId());
        Optional<HavenUser> current = version.isEmpty()
                ? Optional.empty()
                : Objects.equals(version.get(), session.getAttribute(LOADED_VERSION))
                        ? Optional.of(user)
                        : accounts.findById(user.userId()).filter(HavenUser::isEnabled);
        if (current.isEmpty()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (current.get() != user) {
            replace(current.get(), request, response);
            session.setAttribute(LOADED_VERSION, version.get());
        }
        chain.doFilter(request, response);
    }

    private void replace(HavenUser fresh, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
