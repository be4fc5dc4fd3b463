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
        String link = "/children/" + child + "/screenings";
        return lead.map(user -> forUser(repeatKey(child), title, child, user, today, link))
                .orElseGet(() -> new MissingTask(
                        repeatKey(child),
                        title,
                        Optional.of(child),
                        Optional.empty(),
                        Optional.of("SCREEN"),
                        today,
                        link,
                        Optional.empty()));
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

    private static MissingTask forUser(String key, String title, long child, long user, LocalDate due, String link) {
        return new MissingTask(
                key, title, Optional.of(child), Optional.of(user), Optional.empty(), due, link, Optional.empty());
    }
}
