package app.haven.platform.web;

/** Builds a {@code class} attribute from a component's own classes and optional extras, skipping blanks. */
public final class CssClasses {

    private CssClasses() {}

    public static String join(String... classes) {
        // A loop rather than a stream: templates call this for every component on a page, most often with one class
        // and blank extras, which is returned as it is.
        String only = onlyClass(classes);
        if (only != null) {
            return only;
        }
        StringBuilder joined = new StringBuilder();
        for (String c : classes) {
            String stripped = c == null ? "" : c.strip();
            if (!stripped.isEmpty()) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(stripped);
            }
        }
        return joined.toString();
    }

    /** The one non-blank class when there is exactly one and it needs no trimming; otherwise null. */
    private static String onlyClass(String... classes) {
        String only = null;
        for (String c : classes) {
            if (c != null && !c.isBlank()) {
                if (only != null || c.strip().length() != c.length()) {
                    return null;
                }
                only = c;
            }
        }
        return only;
    }

    /** {@code whenTrue} if {@code condition}, else nothing: for modifiers such as {@code --error}. */
    public static String when(boolean condition, String whenTrue) {
        return condition ? whenTrue : null;
    }
}
