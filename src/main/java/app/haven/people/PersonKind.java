package app.haven.people;

/** Whether a person record is a child's or an adult's (parent, carer, peer over 18, person of concern). */
public enum PersonKind {
    CHILD("Child"),
    ADULT("Adult");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
