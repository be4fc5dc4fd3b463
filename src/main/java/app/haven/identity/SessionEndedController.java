package app.haven.identity;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the absolute session timeout sends a user, saying why they must sign in again. */
@Controller
class SessionEndedController {

    static final String VIEW = "identity/sessionEnded";

    @GetMapping(AbsoluteSessionTimeout.ENDED_PATH)
    @PermitAll
    String showSessionEnded() {
        return VIEW;
    }
}
