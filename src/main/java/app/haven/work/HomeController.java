package app.haven.work;

import app.haven.platform.HavenPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Your work": where every user lands after signing in, with their tasks, overdue first. */
@Controller
class HomeController {

    static final String HOME_VIEW = "work/home";

    private final Inbox inbox;
    private final TeamWork team;

    HomeController(Inbox inbox, TeamWork team) {
        this.inbox = inbox;
        this.team = team;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String showHome(@AuthenticationPrincipal Object principal, Model model) {
        model.addAttribute(
                "tasks", principal instanceof HavenPrincipal user ? inbox.openFor(user) : java.util.List.of());
        return HOME_VIEW;
    }

    @PostMapping("/tasks/{id}/done")
    @PreAuthorize("isAuthenticated()")
    String markDone(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "message", inbox.markDone(id, user) ? "Task marked as done" : "That task is not in your inbox");
        return "redirect:/";
    }
}
