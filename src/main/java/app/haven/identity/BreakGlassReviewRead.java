package app.haven.identity;

import java.util.List;

/**
 * A reviewer read break-glass grants: the list (the grants shown) or one grant with its reason. Audit records it,
 * as it records every read of what concerns a child.
 */
public record BreakGlassReviewRead(long reviewerId, long agencyId, List<Long> grantIds, List<Long> childIds) {

    public BreakGlassReviewRead {
        grantIds = List.copyOf(grantIds);
        childIds = List.copyOf(childIds);
    }
}
