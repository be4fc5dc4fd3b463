package app.haven.disruption;

import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person of concern's or a location's disruption page: every measure against them and every prosecution of them
 * that the user may see, with the links to record more. Linked from the entity's intelligence page.
 */
@Controller
class DisruptionEntityController {

    static final String VIEW = "disruption/entity";

    private final DisruptionSubjects subjects;
    private final MeasureQueries measures;
    private final ProsecutionQueries prosecutions;
    private final DisruptionPages pages;
    private final Clock clock;

    DisruptionEntityController(
            DisruptionSubjects subjects,
            MeasureQueries measures,
            ProsecutionQueries prosecutions,
            DisruptionPages pages,
            Clock clock) {
        this.subjects = subjects;
        this.measures = measures;
        this.prosecutions = prosecutions;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/disruption/entities/{entityId}")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showDisruption(@PathVariable long entityId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        EntityView entity = subjects.entity(entityId, user);
        List<MeasureView> against = measures.against(entity.id(), user);
        List<ProsecutionView> of = prosecutions.of(entity.id(), user);
        List<Long> children = new ArrayList<>(entity.child() ? entity.personId().stream().toList() : List.of());
        against.forEach(m -> children.addAll(m.childIds()));
        of.forEach(p -> children.addAll(p.victimIds()));
        pages.shown("disruption-entity", entity.id(), children);
        model.addAttribute("entity", entity);
        model.addAttribute("measures", against);
        model.addAttribute("prosecutions", of);
        model.addAttribute("today", DisruptionDates.today(clock));
        model.addAttribute("canRecord", DisruptionPages.may(user, "RECORD_DISRUPTION"));
        return VIEW;
    }
}
