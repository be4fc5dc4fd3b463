package app.haven.work;

/** A teammate a task can be handed to. */
public record Teammate(long id, String name) {}
