package app.haven.platform.web;

/**
 * The ids GOV.UK ties together around one field: the input itself, its hint and its error message. Screen
 * readers read the hint and the error with the input only if {@code aria-describedby} names both.
 *
 * @param id the input's id
 */
public record FieldIds(String id) {

    /**
     * The ids for the field a form posts as {@code name}. The id is the name with dots as hyphens: dots are
     * legal in ids but not in CSS selectors, and the error summary links here by the same rule.
     */
    public static FieldIds forName(String name) {
        return new FieldIds(name.replace('.', '-'));
    }

    public String hint() {
        return id + "-hint";
    }

    public String error() {
        return id + "-error";
    }

    /**
     * The {@code aria-describedby} value, or {@code null} when there is nothing to describe: JTE leaves a
     * {@code null} attribute out altogether, where an empty one would point at nothing.
     */
    public String describedBy(boolean hasHint, boolean hasError) {
        if (hasHint && hasError) {
            return hint() + " " + error();
        }
        if (hasHint) {
            return hint();
        }
        return hasError ? error() : null;
    }
}
