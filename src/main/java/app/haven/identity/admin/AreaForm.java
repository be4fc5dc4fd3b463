package app.haven.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * An area being added or renamed. The code is optional when adding (derived from the name) and ignored when
 * renaming: codes appear in exports and links, so they never change once made.
 */
public record AreaForm(
        @NotBlank(message = "Enter the area's name") @Size(max = 120, message = "Name must be 120 characters or fewer")
        String name,

        @Pattern(
                regexp = "^$|^[a-z0-9-]{2,40}$",
                message = "Code must be 2 to 40 lower-case letters, numbers or hyphens")
        String code) {

    static AreaForm empty() {
        return new AreaForm("", "");
    }

    String strippedName() {
        return name == null ? "" : name.strip();
    }

    /** The code entered, or one made from the name: "North Shire" gives "north-shire". */
    String codeOrDerived() {
        if (code != null && !code.isBlank()) {
            return code;
        }
        String derived = strippedName()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return derived.length() > 40 ? derived.substring(0, 40).replaceAll("-+$", "") : derived;
    }
}
