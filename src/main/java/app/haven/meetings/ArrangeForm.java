package app.haven.meetings;

/** The "arrange a meeting" form as typed, kept whole so an error shows it back. */
public record ArrangeForm(String type, String child, StartTime starts, String place, boolean online, String chair) {

    static ArrangeForm blank(String type, long chair) {
        return new ArrangeForm(type, "", StartTime.empty(), "", false, String.valueOf(chair));
    }
}
