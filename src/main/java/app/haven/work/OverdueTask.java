package app.haven.work;

/** A task overdue in a manager's team, with whose it is. */
public record OverdueTask(long id, String title, String due, String owner, String link) {}
