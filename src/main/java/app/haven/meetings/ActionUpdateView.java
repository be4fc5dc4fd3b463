package app.haven.meetings;

/** A recorded update on an action: when, by whom, the status it left and what was said. */
public record ActionUpdateView(String when, String by, String status, String note) {}
