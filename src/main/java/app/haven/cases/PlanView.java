package app.haven.cases;

import java.util.List;

/** A case's support plan: the views, the goals and the actions, at one version. */
public record PlanView(
        long caseId,
        String childView,
        String childWantsToWorkWith,
        String carerView,
        String updatedBy,
        String updatedAt,
        int version,
        List<Goal> goals,
        List<Intervention> interventions) {

    /** The progress a goal can show, for the plan page's chooser. */
    public static final java.util.List<app.haven.platform.web.Option> GOAL_STATES = PlanStatus.GOALS;

    public record Goal(long id, String description, String status) {

        public String statusLabel() {
            return PlanStatus.goalLabel(status);
        }
    }

    public record Intervention(
            long id,
            Long goalId,
            String typeCode,
            String type,
            String description,
            long ownerAgencyId,
            String ownerAgency,
            Long ownerUserId,
            String ownerName,
            String startsOn,
            String dueOn,
            java.time.LocalDate due,
            java.time.LocalDate starts,
            String status,
            int version) {

        public String statusLabel() {
            return PlanStatus.label(status);
        }
    }

    public boolean childViewRecorded() {
        return !childView.isBlank() && !childWantsToWorkWith.isBlank();
    }
}
