package app.haven.meetings;

import app.haven.cases.RegisterAgenda;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Why a child is on an agenda: the sources' codes, in the order the page lists them, with their words. */
final class AgendaReasons {

    static final String NEW_CASE = "NEW_CASE";
    static final String HIGH_BAND = "HIGH_BAND";
    static final String REVIEW_OVERDUE = "REVIEW_OVERDUE";
    static final String MISSING = "MISSING";
    static final String NO_PLANNING_MEETING = "NO_PLANNING_MEETING";
    static final String REFERRAL = "REFERRAL";
    static final String ADDED = "ADDED";
    static final String SUBJECT = "SUBJECT";

    private static final Map<String, String> LABELS = Map.of(
            NEW_CASE, "New on the register since the last meeting",
            HIGH_BAND, "High band",
            REVIEW_OVERDUE, "Review overdue",
            MISSING, "Missing since the last meeting",
            NO_PLANNING_MEETING, "No planning meeting yet",
            REFERRAL, "Referral awaiting a decision",
            ADDED, "Added by hand",
            SUBJECT, "The meeting is about this child");

    private AgendaReasons() {}

    /** The codes a register case brings to the agenda. */
    static List<String> of(RegisterAgenda.AgendaCase kase) {
        List<String> reasons = new ArrayList<>();
        if (kase.newCase()) {
            reasons.add(NEW_CASE);
        }
        if (kase.highBand()) {
            reasons.add(HIGH_BAND);
        }
        if (kase.reviewOverdue()) {
            reasons.add(REVIEW_OVERDUE);
        }
        if (kase.missingInPeriod()) {
            reasons.add(MISSING);
        }
        if (kase.noPlanningMeeting()) {
            reasons.add(NO_PLANNING_MEETING);
        }
        return reasons;
    }

    static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
