package app.haven.people;

/**
 * How one person is related to another. A stored relationship reads "the related person is the person's
 * {@code label}"; seen from the related person's record it reads with {@code inverseLabel}.
 */
enum RelationshipType {
    PARENT("Parent", "Child"),
    CARER("Carer", "Cared for"),
    SIBLING("Sibling", "Sibling"),
    FRIEND("Friend", "Friend"),
    PARTNER("Partner", "Partner"),
    /** Named in the strategy: an older boyfriend or girlfriend is a recognised CSE indicator. */
    OLDER_BOYFRIEND_GIRLFRIEND("Older boyfriend or girlfriend", "Younger boyfriend or girlfriend"),
    ASSOCIATE("Associate", "Associate");

    private final String label;
    private final String inverseLabel;

    RelationshipType(String label, String inverseLabel) {
        this.label = label;
        this.inverseLabel = inverseLabel;
    }

    String label() {
        return label;
    }

    String inverseLabel() {
        return inverseLabel;
    }
}
