package app.haven.identity.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A user account being created or edited. Ids arrive as text: the server checks each against what the page
 * offered, so a tampered or stale value gets a GOV.UK error rather than a failed conversion. The password is
 * used only when creating; the version only when editing.
 */
public record UserForm(
        @NotBlank(message = "Enter the user's full name")
        @Size(max = 120, message = "Full name must be 120 characters or fewer")
        // Unicode format characters (Cf): zero-width spaces and joiners, direction overrides (HiddenCharacters).
        @Pattern(
                regexp = "[^\\p{Cf}]*",
                message = "Full name must not include hidden characters (zero-width spaces or characters that change"
                        + " the direction of text). Retype it rather than pasting it")
        String name,

        @NotBlank(message = "Enter the user's email address")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        @Email(
                regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
                message = "Enter an email address in the correct format, like name@example.com")
        String email,

        String agency,
        String team,
        List<String> areas,
        @NotEmpty(message = "Select at least one role") List<String> roles,
        String manager,
        String password,
        String version) {

    public UserForm {
        areas = areas == null ? List.of() : List.copyOf(areas);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static UserForm empty() {
        return new UserForm("", "", "", "", List.of(), List.of(), "", "", "");
    }

    String strippedName() {
        return name == null ? "" : name.strip();
    }

    String strippedEmail() {
        return email == null ? "" : email.strip();
    }

    /** The form as typed, but carrying the version now saved: saving again then replaces the other change. */
    UserForm withVersion(int current) {
        return new UserForm(name, email, agency, team, areas, roles, manager, "", String.valueOf(current));
    }
}
