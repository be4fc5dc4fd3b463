package app.haven.screening;

/**
 * A practitioner asked to lower a screening's band below the computed one: a manager must approve or reject it.
 * The inbox (work module, a later issue) turns this into a task for the managers who may open the child's record;
 * until then they find it under "Screening approvals".
 */
public record BandOverrideRequested(long overrideId, long screeningId, long childId, long requestedBy, String band) {}
