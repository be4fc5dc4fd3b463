package app.haven.identity;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.PageChromeAdvice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers every {@link OutsideRecordScope}: the refusal is audited, and the page explains record scope instead of
 * blaming the user's role, says who knows the record (so they can ask), and offers break-glass to roles that allow it.
 */
@ControllerAdvice
class RecordScopeRefusals {

    static final String VIEW = "identity/outsideScope";

    private final ObjectProvider<ChildAccess> access;
    private final ApplicationEventPublisher events;
    private final PageChromeAdvice chrome;

    /** {@code ChildAccess} is looked up when needed: web slice tests load this advice without the database. */
    RecordScopeRefusals(ObjectProvider<ChildAccess> access, ApplicationEventPublisher events, PageChromeAdvice chrome) {
        this.access = access;
        this.events = events;
        this.chrome = chrome;
    }

    @ExceptionHandler(OutsideRecordScope.class)
    ModelAndView refuse(OutsideRecordScope refusal, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth.getPrincipal() instanceof HavenPrincipal user) {
            events.publishEvent(new AccessRefused(
                    user.userId(),
                    user.agencyId(),
                    refusal.subjectType(),
                    Optional.of(refusal.subjectId()),
                    refusal.childId(),
                    RefusedRequests.describe(request),
                    "outside record scope"));
        }
        boolean mayBreakGlass = has(auth, Permission.BREAK_GLASS);
        List<ChildAccess.KnownTo> knownTo = has(auth, Permission.VIEW_CHILD) || mayBreakGlass
                ? access.getObject().knownTo(refusal.recordId())
                : List.of();
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.FORBIDDEN);
        page.addObject("chrome", chrome.chrome(request));
        page.addObject("recordId", refusal.recordId());
        page.addObject("child", refusal.childId().isPresent());
        page.addObject("knownTo", knownTo);
        page.addObject("breakGlass", mayBreakGlass);
        return page;
    }

    private static boolean has(Authentication auth, Permission permission) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(permission.authority()));
    }
}
