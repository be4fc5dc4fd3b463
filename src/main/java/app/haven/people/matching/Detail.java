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

    /** Separates the values of a detail a record holds several of: the names of a child's parents and carers. */
    public static final String SEPARATOR = "|";

    /**
     * A record's values of this detail, each as it is compared: one at most, except a parent's name, of which a child
     * has one for each parent or carer on record ({@link #joined}).
     */
    public java.util.List<String> held(String value) {
        if (value == null) {
            return java.util.List.of();
        }
        java.util.List<String> parts =
                this == PARENT_NAME ? java.util.List.of(value.split("\\|")) : java.util.List.of(value);
        return parts.stream()
                .map(this::normalise)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }

    /** Several values of this detail held by one record, as {@link #held} reads them back; empty when none. */
    public String joined(java.util.Collection<String> values) {
        return values.stream()
                .map(this::normalise)
                .filter(v -> !v.isEmpty())
                .distinct()
                .collect(java.util.stream.Collectors.joining(SEPARATOR));
    }

    /** Whether a value says nothing (not known, not recorded) and so is no evidence either way. */
    static boolean unknown(String value) {
        return value == null || value.isBlank() || value.equals("NOT_KNOWN");
    }

    /**
     * The value as it is compared: a postcode in capitals without spaces ("ls1 4ab" is LS14AB); a school's name in
     * lower case without punctuation, "saint" as "st", and without "the" and "school" ("St. Mary's School" and
     * "st marys" are one); other details as they are. Empty when the value says nothing.
     */
    public String normalise(String value) {
        if (unknown(value)) {
            return "";
        }
        return switch (this) {
            case POSTCODE -> value.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            case SCHOOL, PARENT_NAME -> words(value);
            default -> value.strip();
        };
    }

    private static String words(String value) {
        String plain = java.text.Normalizer.normalize(
                        value.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("&", " and ")
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        return java.util.Arrays.stream(plain.strip().split(" "))
                .filter(w -> !w.isEmpty() && !w.equals("the") && !w.equals("school"))
                .map(w -> w.equals("saint") ? "st" : w)
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
