package app.haven.cases;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * A demo case's plan, written through {@link Plans} as the lead would: the child's view for most, two goals and an
 * action for each, so actions raise their owners' reminders like any other.
 */
@Component
class DemoPlans {

    /** Review weeks by band rank, and the codes of models and interventions in use. */
    record Catalogue(Map<Integer, Integer> weeksByRank, List<String> models, List<String> interventions) {}

    private static final List<String> VIEWS = List.of(
            "I want to go back to college and stop going to the flat in town.",
            "I don't think I'm at risk but I'll talk to Jo about my phone.",
            "I want my mum to stop worrying and to feel safe walking home.");
    private static final List<String> WORKERS = List.of("My youth worker", "The school nurse", "My social worker");
    private static final List<String> GOALS = List.of(
            "Stays at home overnight and tells a trusted adult where they are going",
            "Attends school or college every day",
            "Understands healthy relationships and online safety");

    private final Plans plans;

    DemoPlans(Plans plans) {
        this.plans = plans;
    }

    void write(DemoCases.Context context, CaseRef ref, DemoCases.Staff staff, LocalDate opened, HavenPrincipal lead) {
        Random random = context.random();
        if (random.nextInt(3) > 0) {
            plans.saveViews(
                    ref,
                    plans.view(ref.caseId()).version(),
                    VIEWS.get(random.nextInt(VIEWS.size())),
                    WORKERS.get(random.nextInt(WORKERS.size())),
                    "",
                    lead);
        }
        for (int g = 0; g < 2; g++) {
            long goal = plans.addGoal(ref, GOALS.get((g + random.nextInt(GOALS.size())) % GOALS.size()), lead);
            intervention(context, ref, staff, opened, g, goal, lead);
        }
    }

    private void intervention(
            DemoCases.Context context,
            CaseRef ref,
            DemoCases.Staff staff,
            LocalDate opened,
            int g,
            long goal,
            HavenPrincipal lead) {
        Random random = context.random();
        List<String> types = context.catalogue().interventions();
        String type = types.get(random.nextInt(types.size()));
        // Disrupting perpetrators is police work; everything else the lead's agency owns.
        boolean police = type.equals("DISRUPTION");
        LocalDate starts = opened.plusDays(2 + random.nextInt(7));
        InterventionForm form = new InterventionForm(
                type,
                String.valueOf(goal),
                "Demo: weekly sessions agreed at the planning meeting",
                "user:" + (police ? staff.investigatorId() : lead.userId()),
                DateParts.of(starts),
                DateParts.of(starts.plusWeeks(4 + random.nextInt(8))),
                starts.isAfter(context.today()) || g == 1 ? "PLANNED" : "IN_PROGRESS",
                "0");
        plans.addIntervention(ref, form, police ? staff.investigatorAgencyId() : lead.agencyId(), lead);
    }
}
