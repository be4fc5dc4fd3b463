package app.haven.meetings;

/** An agenda item as typed on the meeting's page: its kind, a child's number or a theme, the intelligence entity. */
public record AgendaAddition(String kind, String title, String entity) {

    static final AgendaAddition BLANK = new AgendaAddition("", "", "");
}
