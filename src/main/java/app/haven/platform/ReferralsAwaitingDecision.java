package app.haven.platform;

import java.util.List;

/**
 * Children with a referral waiting for a decision, for a meeting's agenda. The module that keeps referrals provides
 * it; until one does, {@link #NONE} answers that there are none, so the agenda shows that source as empty rather
 * than the meetings module learning the referrals module's tables.
 */
public interface ReferralsAwaitingDecision {

    /** Nothing awaits a decision: the answer while no module keeps referrals. */
    ReferralsAwaitingDecision NONE = areaId -> List.of();

    /** The ids of children in the area with a referral that awaits a decision, in any order. */
    List<Long> childrenIn(long areaId);
}
