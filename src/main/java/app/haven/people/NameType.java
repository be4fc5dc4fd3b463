package app.haven.people;

/** The kinds of name a person is known by. */
enum NameType {
    LEGAL("Legal name"),
    PREFERRED("Preferred name"),
    ALIAS("Alias or nickname"),
    PREVIOUS("Previous name");

    private final String label;

    NameType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
