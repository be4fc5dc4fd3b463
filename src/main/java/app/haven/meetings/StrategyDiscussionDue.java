package app.haven.meetings;

/** A strategy discussion still due, for a list: the child's name is read only for a reader who may open them. */
public record StrategyDiscussionDue(long id, String child, String due, boolean overdue) {}
