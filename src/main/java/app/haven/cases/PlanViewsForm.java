package app.haven.cases;

/** The views in a support plan as typed, with the plan version the user started from. */
public record PlanViewsForm(String childView, String childWantsToWorkWith, String carerView, int version) {}
