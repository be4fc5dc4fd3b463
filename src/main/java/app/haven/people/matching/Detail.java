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
