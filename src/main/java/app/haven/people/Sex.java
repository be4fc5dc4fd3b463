package app.haven.people;

/** Sex as recorded; gender identity is recorded separately, as the person describes it. */
enum Sex {
    FEMALE("Female"),
    MALE("Male"),
    NOT_KNOWN("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
