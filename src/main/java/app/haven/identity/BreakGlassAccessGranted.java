package app.haven.identity;

import java.time.Instant;

/**
 * A user opened a child's record outside their record scope, giving a reason. Audit records it; managers
 * review it.
 */
public record BreakGlassAccessGranted(
        long grantId, long userId, long agencyId, long childId, String reason, Instant at) {}
