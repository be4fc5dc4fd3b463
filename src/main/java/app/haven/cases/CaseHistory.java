package app.haven.cases;

import java.util.List;

/** What has happened on a case, newest last: status changes, reviews, closures and audits as the page lists them. */
public record CaseHistory(
        List<StatusChange> statusChanges, List<Review> reviews, List<Closure> closures, List<Audit> audits) {

    public record StatusChange(String status, String reason, String by, String at) {}

    public record Review(
            long id,
            String heldOn,
            String dueOn,
            String progress,
            String band,
            String decision,
            String nextReviewOn,
            String by) {}

    public record Closure(
            long id,
            String outcome,
            String reason,
            String summary,
            String requestedBy,
            String requestedAt,
            String status,
            String decidedBy,
            String decisionNote) {

        public boolean pending() {
            return status.equals("PENDING");
        }
    }

    public record Audit(long id, String grade, String findings, String actions, String by, String at) {}
}
