package app.haven.platform.logging;

import app.haven.platform.HavenPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Notes the signed-in user's id on the request while the security context is still in place, for the
 * request log line written after the whole filter chain has finished.
 */
@Component
class RequestUserInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HavenPrincipal principal) {
            request.setAttribute(RequestLogFilter.USER_ID_ATTRIBUTE, principal.userId());
        }
        return true;
    }
}
