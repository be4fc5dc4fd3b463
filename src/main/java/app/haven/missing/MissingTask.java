package app.haven.missing;

import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.util.Optional;

/** A task the missing module raises for the inbox; the factories name each kind and its source key. */
record MissingTask(
        String sourceKey,
        String title,
        Optional<Long> childId,
        Optional<Long> forUser,
        Optional<String> forPermission,
        LocalDate dueOn,
        String link,
        Optional<LocalDate> showFrom)
        implements InboxTaskRaised {

    /** A child with an open case was reported missing: the lead professional hears at once. */
    static MissingTask reported(long episodeId, long child, long lead, LocalDate today) {
        return forUser(
                reportedKey(episodeId),
                "A child on the register has been reported missing",
                child,
                lead,
                today,
                "/missing-episodes/" + episodeId);
    }

    /** The return home interview is due (to a commissioned-service worker or the lead professional). */
    static MissingTask interview(long episodeId, long child, long user, String dueAt, LocalDate dueOn) {
        return forUser(
                interviewKey(episodeId, user),
                "Return home interview due by " + dueAt,
                child,
                user,
                dueOn,
                "/missing-episodes/" + episodeId + "/interview");
    }

    /** Repeat missing: the child's risk may have changed, so someone who may screen them is asked to screen again. */
    static MissingTask screenAgain(long child, Optional<Long> lead, int episodes, int days, LocalDate today) {
        String title = "Screen again: " + episodes + " missing episodes in " + days + " days";
        return leadOr("SCREEN", repeatKey(child), title, child, lead, today, "/children/" + child + "/screenings");
    }

    /**
     * A looked-after child reported missing has no Philomena profile for the police: the lead professional (or, with
     * no open case, whoever may edit the child's record) is asked at once.
     */
    static MissingTask profileNeeded(long child, Optional<Long> lead, LocalDate today) {
        return leadOr(
                "EDIT_CHILD",
                profileNeededKey(child),
                "Write a Philomena profile for the police: this looked-after child has none",
                child,
                lead,
                today,
                philomenaLink(child));
    }

    /**
     * The Philomena profile will be out of date: shown from the day it falls due for review, so each save moves it on
     * (raising the same key again replaces the task).
     */
    static MissingTask reviewProfile(long child, Optional<Long> lead, LocalDate saved, LocalDate dueOn) {
        return leadOr(
                        "EDIT_CHILD",
                        reviewKey(child),
                        "Review the Philomena profile: last saved " + MissingDates.format(saved),
                        child,
                        lead,
                        dueOn,
                        philomenaLink(child))
                .showingFrom(dueOn);
    }

    private MissingTask showingFrom(LocalDate day) {
        return new MissingTask(sourceKey, title, childId, forUser, forPermission, dueOn, link, Optional.of(day));
    }

    static String reportedKey(long episodeId) {
        return "missing-reported:" + episodeId;
    }

    static String interviewKey(long episodeId, long user) {
        return "missing-interview:" + episodeId + ":" + user;
    }

    static String repeatKey(long child) {
        return "missing-repeat:" + child;
    }

    static String profileNeededKey(long child) {
        return "philomena-needed:" + child;
    }

    static String reviewKey(long child) {
        return "philomena-review:" + child;
    }

    private static String philomenaLink(long child) {
        return "/children/" + child + "/philomena";
    }

    /** To the lead professional, or with no lead to everyone holding the permission who may open the child. */
    private static MissingTask leadOr(
            String permission, String key, String title, long child, Optional<Long> lead, LocalDate due, String link) {
        return lead.map(user -> forUser(key, title, child, user, due, link))
                .orElseGet(() -> new MissingTask(
                        key,
                        title,
                        Optional.of(child),
                        Optional.empty(),
                        Optional.of(permission),
                        due,
                        link,
                        Optional.empty()));
    }

    private static MissingTask forUser(String key, String title, long child, long user, LocalDate due, String link) {
        return new MissingTask(
                key, title, Optional.of(child), Optional.of(user), Optional.empty(), due, link, Optional.empty());
    }
}
