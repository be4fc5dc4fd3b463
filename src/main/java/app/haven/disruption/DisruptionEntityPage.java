package app.haven.disruption;

import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;

/**
 * A person of concern's or a location's disruption page: every measure against them and every prosecution of them
 * that the user may see, their interventions and debriefs, with the links and forms to record more. Audited once.
 */
@org.springframework.stereotype.Component
class DisruptionEntityPage {

    static final String VIEW = "disruption/entity";

    private static final java.util.Map<String, String> THEME_KINDS = java.util.Map.of(
            "APPROACH", "Method of approach",
            "PLATFORM", "Platform",
            "PLACE", "Place",
            "GROOMING", "Grooming pattern");

    private final MeasureQueries measures;
    private final ProsecutionQueries prosecutions;
    private final DisruptionPages pages;
    private final Learning learning;
    private final DisruptionCatalogue catalogue;
    private final Clock clock;

    DisruptionEntityPage(
            MeasureQueries measures,
            ProsecutionQueries prosecutions,
            DisruptionPages pages,
            Learning learning,
            DisruptionCatalogue catalogue,
            Clock clock) {
        this.measures = measures;
        this.prosecutions = prosecutions;
        this.pages = pages;
        this.learning = learning;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The page, with what was typed into its learning forms and their errors. */
    String render(EntityView entity, LearningForm typed, FormErrors errors, HavenPrincipal user, Model model) {
        List<MeasureView> against = measures.against(entity.id(), user);
        List<ProsecutionView> of = prosecutions.of(entity.id(), user);
        List<Long> children =
                new ArrayList<>(entity.child() ? entity.personId().stream().toList() : List.of());
        against.forEach(m -> children.addAll(m.childIds()));
        of.forEach(p -> children.addAll(p.victimIds()));
        pages.shown("disruption-entity", entity.id(), children);
        model.addAttribute("entity", entity);
        model.addAttribute("measures", against);
        model.addAttribute("prosecutions", of);
        model.addAttribute("today", DisruptionDates.today(clock));
        model.addAttribute("canRecord", DisruptionPages.may(user, "RECORD_DISRUPTION"));
        model.addAttribute("interventions", learning.interventions(entity.id()));
        model.addAttribute("debriefs", learning.debriefs(entity.id()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "themes",
                catalogue.themes().stream()
                        .map(t -> new Option(t.code(), t.label(), THEME_KINDS.get(t.category())))
                        .toList());
        return VIEW;
    }
}
