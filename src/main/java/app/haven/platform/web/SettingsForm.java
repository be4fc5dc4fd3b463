package app.haven.platform.web;

import java.util.Map;
import java.util.Optional;

/**
 * What the partnership's settings pages share: whole numbers read from what was typed, each out of range an error
 * on its field, and the words for a stale save (another administrator saved first; nothing was saved, the page shows
 * what this one typed).
 */
public final class SettingsForm {

    private SettingsForm() {}

    /** The whole number typed in a field, if it is within the range; otherwise the message on that field. */
    public static Optional<Integer> whole(
            Map<String, String> typed, String name, int min, int max, String message, FormErrors.Builder errors) {
        String value = typed.getOrDefault(name, "").strip();
        if (value.matches("[0-9]{1,3}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        }
        errors.field(name, message);
        return Optional.empty();
    }

    /** Puts what the settings page shows on the model (the values as typed or saved, their version) and names it. */
    public static String page(
            String view,
            Map<String, String> values,
            int version,
            FormErrors errors,
            org.springframework.ui.Model model) {
        model.addAttribute("values", values);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return view;
    }

    /** The error for a save made from settings someone else has changed since, naming the current ones if given. */
    public static FormErrors staleSave(Optional<String> current) {
        return FormErrors.builder()
                .form("Another administrator changed these settings while you were editing them. Nothing was saved:"
                        + " the page shows your answers; check them against the current settings"
                        + current.map(c -> " (" + c + ")").orElse("") + " and save again.")
                .build();
    }
}
