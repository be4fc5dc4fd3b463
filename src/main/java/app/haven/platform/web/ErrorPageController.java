package app.haven.platform.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Haven's error pages, in the GOV.UK layout. They say what went wrong in the user's terms and never show
 * the exception, its message or anything from the request: those can hold personal data about a child.
 * Unmatched request parameters and type mismatches arrive here as 400s from Spring MVC.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 500);

    @RequestMapping("/error")
    @PermitAll
    ModelAndView showError(HttpServletRequest request) {
        int status = statusOf(request);
        String view = OWN_PAGES.contains(status) ? "error/" + status : "error/generic";
        ModelAndView page = new ModelAndView(view, HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("unstorableCharacter", request.getAttribute(UnstorableCharacterFilter.REFUSED) != null);
        return page;
    }

    private static int statusOf(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            // Someone asked for /error itself: there is no such page to show them.
            return 404;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known != null && known.isError() ? status : 500;
    }
}
