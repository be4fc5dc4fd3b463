package app.haven.people.matching;

/** The identifiers agencies hold for a child (domain reference section 7). */
public enum IdentifierType {
    NHS_NUMBER("NHS number"),
    UPN("Unique Pupil Number"),
    POLICE_ID("Police person ID"),
    COUNCIL_ID("Council person ID");

    private final String label;

    IdentifierType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public IdentifierCheck check(String input) {
        return switch (this) {
            case NHS_NUMBER -> NhsNumber.check(input);
            case UPN -> UniquePupilNumber.check(input);
            case POLICE_ID -> LocalIdentifier.check(input, label);
            case COUNCIL_ID -> LocalIdentifier.check(input, label);
        };
    }
}
