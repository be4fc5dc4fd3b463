package app.haven.people.matching;

/**
 * Details other than names and date of birth that corroborate a match. Each is evidence, never a filter: a child
 * recorded as female by one agency and not known by another, or who has moved area, is still found. {@code agrees}
 * is how often two records of the same child agree on it (Fellegi–Sunter's m); {@code typicalShare} is how many
 * people in a thousand usually share one value, used when the population has not been counted (u).
 */
public enum Detail {
    SEX("Sex", 0.97, 500),
    AREA("Area", 0.8, 100),
    POSTCODE("Postcode", 0.6, 0.02),
    SCHOOL("School or setting", 0.7, 1),
    PARENT_NAME("Parent’s name", 0.8, 0.05);

    final String label;
    final double agrees;
    final double typicalPerThousand;

    Detail(String label, double agrees, double typicalPerThousand) {
        this.label = label;
        this.agrees = agrees;
        this.typicalPerThousand = typicalPerThousand;
    }

    /** Whether a value says nothing (not known, not recorded) and so is no evidence either way. */
    static boolean unknown(String value) {
        return value == null || value.isBlank() || value.equals("NOT_KNOWN");
    }
}
