package app.haven.work;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Your work": where every user lands after signing in. Later issues fill it with their tasks and alerts. */
@Controller
class HomeController {

    static final String HOME_VIEW = "work/home";

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String showHome() {
        return HOME_VIEW;
    }
}
