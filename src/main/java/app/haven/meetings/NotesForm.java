package app.haven.meetings;

/** The discussion notes and band agreed as typed, with the version of the item the writer started from. */
public record NotesForm(String notes, String band, int version) {}
