package app.haven.disruption;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person of concern's or a location's disruption page, linked from the entity's intelligence page. */
@Controller
class DisruptionEntityController {

    private final DisruptionSubjects subjects;
    private final DisruptionEntityPage page;

    DisruptionEntityController(DisruptionSubjects subjects, DisruptionEntityPage page) {
        this.subjects = subjects;
        this.page = page;
    }

    @GetMapping("/disruption/entities/{entityId}")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showDisruption(@PathVariable long entityId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page.render(subjects.entity(entityId, user), LearningForm.blank(), FormErrors.none(), user, model);
    }
}
