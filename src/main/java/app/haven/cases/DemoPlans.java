package app.haven.cases;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A demo case's plan (the child's view for most), models of exploitation, goals, interventions and reviews. */
final class DemoPlans {

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

    private final JdbcClient jdbc;
    private final Random random;
    private final Catalogue catalogue;
    private final LocalDate today;

    DemoPlans(JdbcClient jdbc, Random random, Catalogue catalogue, LocalDate today) {
        this.jdbc = jdbc;
        this.random = random;
        this.catalogue = catalogue;
        this.today = today;
    }

    void write(long id, DemoCases.Staff staff, LocalDate opened) {
        boolean heard = random.nextInt(3) > 0;
        jdbc.sql("""
                        INSERT INTO case_plan (case_id, child_view, child_wants_to_work_with, updated_at, updated_by)
                        VALUES (:case, :view, :with, :at, :by)
                        """)
                .param("case", id)
                .param("view", heard ? VIEWS.get(random.nextInt(VIEWS.size())) : null)
                .param("with", heard ? WORKERS.get(random.nextInt(WORKERS.size())) : null)
                .param("at", DemoCases.at(opened))
                .param("by", staff.practitionerId())
                .update();
        List<String> models = catalogue.models();
        int first = random.nextInt(models.size());
        // One or two models; the step of three keeps the second distinct from the first.
        for (int m = 0; m < 1 + random.nextInt(2); m++) {
            jdbc.sql("INSERT INTO case_cse_model (case_id, model_code) VALUES (:case, :code)")
                    .param("case", id)
                    .param("code", models.get((first + m * 3) % models.size()))
                    .update();
        }
        for (int g = 0; g < 2; g++) {
            goalWithIntervention(id, staff, opened, g);
        }
    }

    /** Reviews held on the band's cadence (recorded by the lead, deciding to continue) on the given due dates. */
    void reviews(long id, DemoCases.Staff staff, List<LocalDate> dues, int weeks, String band) {
        for (LocalDate due : dues) {
            LocalDate held = due.minusDays(random.nextInt(3));
            jdbc.sql("""
                            INSERT INTO case_review (case_id, held_on, due_on, progress, band_label, decision,
                                                     next_review_on, recorded_at, recorded_by)
                            VALUES (:case, :held, :due, :progress, :band, 'CONTINUE', :next, :at, :by)
                            """)
                    .param("case", id)
                    .param("held", Date.valueOf(held))
                    .param("due", Date.valueOf(due))
                    .param("progress", "Demo: engaging with the plan; no missing episodes since the last review.")
                    .param("band", band)
                    .param("next", Date.valueOf(due.plusWeeks(weeks)))
                    .param("at", DemoCases.at(held))
                    .param("by", staff.practitionerId())
                    .update();
        }
    }

    private void goalWithIntervention(long id, DemoCases.Staff staff, LocalDate opened, int g) {
        Timestamp added = DemoCases.at(opened.plusDays(1));
        long goal = jdbc.sql("""
                        INSERT INTO plan_goal (case_id, description, added_at, added_by)
                        VALUES (:case, :text, :at, :by) RETURNING id
                        """)
                .param("case", id)
                .param("text", GOALS.get((g + random.nextInt(GOALS.size())) % GOALS.size()))
                .param("at", added)
                .param("by", staff.practitionerId())
                .query(Long.class)
                .single();
        List<String> types = catalogue.interventions();
        String type = types.get(random.nextInt(types.size()));
        // Disrupting perpetrators is police work; everything else the lead's agency owns.
        boolean police = type.equals("DISRUPTION");
        LocalDate starts = opened.plusDays(2 + random.nextInt(7));
        jdbc.sql("""
                        INSERT INTO plan_intervention (case_id, goal_id, type_code, description, owner_agency_id,
                               owner_user_id, starts_on, due_on, status, updated_at, updated_by)
                        VALUES (:case, :goal, :type, :text, :agency, :owner, :starts, :due, :status, :at, :by)
                        """)
                .param("case", id)
                .param("goal", goal)
                .param("type", type)
                .param("text", "Demo: weekly sessions agreed at the planning meeting")
                .param("agency", police ? staff.investigatorAgencyId() : staff.practitionerAgencyId())
                .param("owner", police ? staff.investigatorId() : staff.practitionerId())
                .param("starts", Date.valueOf(starts))
                .param("due", Date.valueOf(starts.plusWeeks(4 + random.nextInt(8))))
                .param("status", starts.isAfter(today) || g == 1 ? "PLANNED" : "IN_PROGRESS")
                .param("at", added)
                .param("by", staff.practitionerId())
                .update();
    }
}
