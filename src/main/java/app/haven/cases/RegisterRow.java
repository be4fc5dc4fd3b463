package app.haven.cases;

import java.util.List;

/** One open case on the register page. */
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
        List<String> flags) {}
