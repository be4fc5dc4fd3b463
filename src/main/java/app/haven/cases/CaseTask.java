package app.haven.cases;

import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;

/** A task the register raises for the inbox; the factories name each kind and its source key. */
record CaseTask(
        String sourceKey,
        String title,
        Optional<Long> childId,
        Optional<Long> forUser,
        Optional<String> forPermission,
        LocalDate dueOn,
        String link,
        Optional<LocalDate> showFrom)
        implements InboxTaskRaised {

    /** Every child at risk gets a multi-agency planning meeting (strategy rule; domain reference section 4). */
    static CaseTask planningMeeting(long caseId, long child, String name, long lead, LocalDate due) {
        return forLead(
                planningKey(caseId), "Hold the multi-agency planning meeting for " + name, child, lead, due, caseId);
    }

    static CaseTask review(long caseId, long child, String name, long lead, LocalDate due, int noticeDays) {
        return new CaseTask(
                reviewKey(caseId),
                "Review " + ChildNames.possessive(name) + " case on the register",
                Optional.of(child),
                Optional.of(lead),
                Optional.empty(),
                due,
                "/cases/" + caseId + "/reviews/new",
                Optional.of(due.minusDays(noticeDays)));
    }

    static CaseTask planAction(
            long interventionId, long caseId, long child, String name, long owner, String what, LocalDate due) {
        return new CaseTask(
                actionKey(interventionId),
                "Plan action due for " + name + ": " + what,
                Optional.of(child),
                Optional.of(owner),
                Optional.empty(),
                due,
                "/cases/" + caseId + "/plan",
                Optional.empty());
    }

    static CaseTask approveClosure(long closureId, long caseId, long child, String name, LocalDate due) {
        return new CaseTask(
                closureKey(closureId),
                "Approve or reject closing " + ChildNames.possessive(name) + " case on the register",
                Optional.of(child),
                Optional.empty(),
                Optional.of("APPROVE"),
                due,
                "/case-approvals",
                Optional.empty());
    }

    /** The person who asked to close a case hears that a manager did not approve it, and why (on the case page). */
    static CaseTask closureNotApproved(
            long closureId, long caseId, long child, String name, long requester, LocalDate today) {
        return new CaseTask(
                "case-closure-rejected:" + closureId,
                "A manager did not approve closing " + ChildNames.possessive(name) + " case: read their note",
                Optional.of(child),
                Optional.of(requester),
                Optional.empty(),
                today,
                "/cases/" + caseId,
                Optional.empty());
    }

    /** Children with additional needs get a planned hand-over to adult services (domain reference section 4). */
    static CaseTask transition(
            long caseId, long child, String name, long lead, LocalDate flaggedOn, LocalDate eighteenth) {
        return new CaseTask(
                transitionKey(caseId),
                "Plan " + ChildNames.possessive(name) + " hand-over to adult services (additional needs, turning 18)",
                Optional.of(child),
                Optional.of(lead),
                Optional.empty(),
                eighteenth.minusMonths(3).isBefore(flaggedOn) ? flaggedOn : eighteenth.minusMonths(3),
                "/cases/" + caseId,
                Optional.of(flaggedOn));
    }

    /**
     * A screening at or above the threshold for a child not on the register: everyone who runs cases and may open
     * the child (the completer if they do, the area's coordinators, the team's managers) is asked to consider it, so
     * a school's or a health screening reaches someone who can act.
     */
    static CaseTask considerRegister(long child, String name, String band, LocalDate due) {
        return new CaseTask(
                considerKey(child),
                "Consider putting " + name + " on the register (screening banded " + band + ")",
                Optional.of(child),
                Optional.empty(),
                Optional.of("MANAGE_CASE"),
                due,
                "/children/" + child + "/case",
                Optional.empty());
    }

    static String planningKey(long caseId) {
        return "case-planning:" + caseId;
    }

    static String reviewKey(long caseId) {
        return "case-review:" + caseId;
    }

    static String actionKey(long interventionId) {
        return "plan-action:" + interventionId;
    }

    static String closureKey(long closureId) {
        return "case-closure:" + closureId;
    }

    static String transitionKey(long caseId) {
        return "case-transition:" + caseId;
    }

    static String considerKey(long child) {
        return "case-consider:" + child;
    }

    private static CaseTask forLead(String key, String title, long child, long lead, LocalDate due, long caseId) {
        return new CaseTask(
                key,
                title,
                Optional.of(child),
                Optional.of(lead),
                Optional.empty(),
                due,
                "/cases/" + caseId,
                Optional.empty());
    }
}
