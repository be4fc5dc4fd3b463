package app.haven.cases;

/** A closure waiting for a manager, as the approvals page lists it (with the child's name once access is checked). */
public record PendingClosure(long closureId, long caseId, long childId, CaseHistory.Closure closure) {}
