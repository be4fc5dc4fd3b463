package app.haven.cases;

import java.util.List;

/** One open case on the register page, with the child's missing episodes in the last 30 and 90 days. */
public record RegisterRow(
        long caseId,
        String child,
        String age,
        String area,
        String band,
        int bandRank,
        String lead,
        List<String> models,
        String lastScreened,
        String nextReview,
        boolean reviewOverdue,
        List<String> flags,
        int missing30,
        int missing90,
        boolean missingNow) {}
