package app.haven.engagement;

import app.haven.platform.InboxTaskDone;
import app.haven.platform.InboxTaskRaised;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * An editor's inbox task to check a published resource is still right by its review date. It shows from
 * {@link #NOTICE_DAYS} days before the date, so there is time to check it before it is out of date, and is overdue
 * after.
 */
record ResourceReviewDue(String sourceKey, String title, Optional<Long> forUser, LocalDate dueOn, String link)
        implements InboxTaskRaised {

    static final int NOTICE_DAYS = 14;

    static ResourceReviewDue of(long resourceId, String resourceTitle, LocalDate reviewOn, long editor) {
        return new ResourceReviewDue(
                key(resourceId, editor),
                "Check the public resource \u201c" + resourceTitle + "\u201d is still right: review by "
                        + reviewOn.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)),
                Optional.of(editor),
                reviewOn,
                "/engagement/resources/" + resourceId + "/edit");
    }

    /** The review is no longer needed (the resource was withdrawn). */
    record Done(String sourceKey) implements InboxTaskDone {}

    static Done done(long resourceId, long editor) {
        return new Done(key(resourceId, editor));
    }

    static String key(long resourceId, long editor) {
        return "resource-review:" + resourceId + ":" + editor;
    }

    @Override
    public Optional<Long> childId() {
        return Optional.empty();
    }

    @Override
    public Optional<String> forPermission() {
        return Optional.empty();
    }

    @Override
    public Optional<LocalDate> showFrom() {
        return Optional.of(dueOn.minusDays(NOTICE_DAYS));
    }
}
