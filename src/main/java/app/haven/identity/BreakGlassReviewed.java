package app.haven.identity;

/** A manager decided whether a break-glass access was justified. Audit records the decision. */
public record BreakGlassReviewed(long grantId, long reviewerId, long agencyId, long childId, String outcome) {}
