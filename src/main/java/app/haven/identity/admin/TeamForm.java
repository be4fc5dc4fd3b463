package app.haven.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team being added (agency and name) or renamed (name only: a team never moves agency). */
public record TeamForm(
        String agency,

        @NotBlank(message = "Enter the team's name") @Size(max = 120, message = "Name must be 120 characters or fewer")
        String name) {

    static TeamForm empty() {
        return new TeamForm("", "");
    }

    String strippedName() {
        return name == null ? "" : name.strip();
    }
}
