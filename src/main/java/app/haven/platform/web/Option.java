package app.haven.platform.web;

import java.util.Optional;

/**
 * One choice in a select, radios or checkboxes.
 *
 * @param value what the browser submits
 * @param label what the user reads
 * @param hint extra words under the label (radios and checkboxes only; a select cannot show them)
 */
public record Option(String value, String label, Optional<String> hint) {

    public Option(String value, String label) {
        this(value, label, Optional.empty());
    }

    public Option(String value, String label, String hint) {
        this(value, label, Optional.of(hint));
    }
}
