package app.haven.screening;

/** One field where a colleague's saved draft differs from what this user typed: the question and their answer. */
public record DraftDifference(String label, String theirs) {}
