package app.haven.work;

import app.haven.platform.HavenPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Handing a task to a teammate, and the manager's view of the team's overdue work. */
@Controller
class TeamWorkController {

    static final String TEAM_VIEW = "work/team";

    private final TeamWork team;

    TeamWorkController(TeamWork team) {
        this.team = team;
    }

    @PostMapping("/tasks/{id}/reassign")
    @PreAuthorize("isAuthenticated()")
    String reassign(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long to,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "message",
                team.reassign(id, to, user) ? "Task handed to your teammate" : "Choose a teammate to hand the task to");
        return "redirect:/";
    }

    @GetMapping("/team-work")
    @PreAuthorize("hasAuthority('APPROVE')")
    String showTeamWork(@AuthenticationPrincipal HavenPrincipal user, Model model) {
        model.addAttribute("overdue", team.overdueFor(user));
        return TEAM_VIEW;
    }
}
