package app.haven.platform.web;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds a {@code class} attribute from a component's own classes and optional extras, skipping blanks. */
public final class CssClasses {

    private CssClasses() {}

    public static String join(String... classes) {
        return Arrays.stream(classes)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** {@code whenTrue} if {@code condition}, else nothing: for modifiers such as {@code --error}. */
    public static String when(boolean condition, String whenTrue) {
        return condition ? whenTrue : null;
    }
}
