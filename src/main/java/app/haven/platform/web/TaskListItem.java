package app.haven.platform.web;

import java.util.Optional;

/**
 * One task in a GOV.UK task list.
 *
 * @param href where the task is done, absent while the user cannot start it yet
 * @param status the status words, e.g. "Completed", "Incomplete", "Cannot start yet"
 * @param statusTag shows the status as a tag of this colour (GOV.UK tags only statuses needing action);
 *     absent shows plain text
 */
public record TaskListItem(
        String title, Optional<String> href, Optional<String> hint, String status, Optional<TagColour> statusTag) {

    public static TaskListItem linked(String title, String href, String status) {
        return new TaskListItem(title, Optional.of(href), Optional.empty(), status, Optional.empty());
    }

    public static TaskListItem cannotStartYet(String title) {
        return new TaskListItem(title, Optional.empty(), Optional.empty(), "Cannot start yet", Optional.empty());
    }

    public TaskListItem withHint(String text) {
        return new TaskListItem(title, href, Optional.of(text), status, statusTag);
    }

    public TaskListItem withStatusTag(TagColour colour) {
        return new TaskListItem(title, href, hint, status, Optional.of(colour));
    }
}
