package app.haven.referrals;

import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;

/** A task the referrals module raises for the inbox; the factories name each kind and its source key. */
record ReferralTask(
        String sourceKey,
        String title,
        Optional<Long> childId,
        Optional<Long> forUser,
        Optional<String> forPermission,
        LocalDate dueOn,
        String link,
        Optional<LocalDate> showFrom)
        implements InboxTaskRaised {

    /** A referral to the user's agency waits for a decision; it shows overdue after the set working days. */
    static ReferralTask decide(long referral, long child, long user, boolean urgent, LocalDate due) {
        return new ReferralTask(
                decideKey(referral, user),
                urgent ? "Decide on an urgent referral" : "Decide on a referral",
                Optional.of(child),
                Optional.of(user),
                Optional.empty(),
                due,
                "/referrals/" + referral,
                Optional.empty());
    }

    /** A disclosure was passed to the police: police in the area record their response by the due date. */
    static ReferralTask policeResponse(long disclosure, long child, LocalDate due) {
        return new ReferralTask(
                policeKey(disclosure),
                "Record the police response to a disclosure",
                Optional.of(child),
                Optional.empty(),
                Optional.of("RECORD_POLICE_RESPONSE"),
                due,
                "/disclosures/" + disclosure,
                Optional.empty());
    }

    /** The alert to whoever recorded the disclosure, shown only once the police response is overdue. */
    static ReferralTask noPoliceResponse(long disclosure, long child, long recorder, LocalDate due) {
        return new ReferralTask(
                chaseKey(disclosure),
                "No police response recorded to a disclosure: chase it",
                Optional.of(child),
                Optional.of(recorder),
                Optional.empty(),
                due,
                "/disclosures/" + disclosure,
                Optional.of(due.plusDays(1)));
    }

    /** An NRM decision is awaited; the alert shows when it is overdue. */
    static ReferralTask nrmDecision(long nrm, long child, long recorder, String decision, LocalDate due) {
        return new ReferralTask(
                nrmKey(nrm, decision),
                "NRM " + decision + " decision overdue: chase the competent authority",
                Optional.of(child),
                Optional.of(recorder),
                Optional.empty(),
                due,
                "/nrm-referrals/" + nrm,
                Optional.of(due.plusDays(1)));
    }

    static String decideKey(long referral, long user) {
        return "referral-decide:" + referral + ":" + user;
    }

    static String policeKey(long disclosure) {
        return "disclosure-police:" + disclosure;
    }

    static String chaseKey(long disclosure) {
        return "disclosure-chase:" + disclosure;
    }

    static String nrmKey(long nrm, String decision) {
        return "nrm-" + decision.replace(' ', '-') + ":" + nrm;
    }
}
