package app.haven.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An agency being added or changed. Ids arrive as text and are checked against what the page offered. */
public record AgencyForm(
        @NotBlank(message = "Enter the agency's name")
        @Size(max = 160, message = "Name must be 160 characters or fewer")
        String name,

        @NotBlank(message = "Select what kind of agency it is")
        String kind,

        @NotEmpty(message = "Select at least one area the agency covers")
        List<String> areas) {

    public AgencyForm {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    static AgencyForm empty() {
        return new AgencyForm("", "", List.of());
    }

    String strippedName() {
        return name == null ? "" : name.strip();
    }
}
