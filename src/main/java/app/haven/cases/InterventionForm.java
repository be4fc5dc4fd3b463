package app.haven.cases;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A plan action as typed: its type from the catalogue, the goal it serves, what will be done, the owner ("user:12"
 * for a named person or "agency:3" for an agency), dates and status. {@code version} is the version the user
 * started from, so a stale save is caught.
 */
public record InterventionForm(
        String type,
        String goal,
        String description,
        String owner,
        DateParts startsOn,
        DateParts dueOn,
        String status,
        String version) {

    static final int MAX_DESCRIPTION = 1000;

    static InterventionForm blank() {
        return new InterventionForm("", "", "", "", DateParts.empty(), DateParts.empty(), "PLANNED", "0");
    }

    static InterventionForm of(PlanView.Intervention i) {
        return new InterventionForm(
                i.typeCode(),
                i.goalId() == null ? "" : String.valueOf(i.goalId()),
                i.description(),
                i.ownerUserId() == null ? "agency:" + i.ownerAgencyId() : "user:" + i.ownerUserId(),
                i.starts() == null ? DateParts.empty() : DateParts.of(i.starts()),
                DateParts.of(i.due()),
                i.status(),
                String.valueOf(i.version()));
    }

    public InterventionForm {
        type = type == null ? "" : type;
        goal = goal == null ? "" : goal;
        description = description == null ? "" : description.strip();
        owner = owner == null ? "" : owner;
        startsOn = startsOn == null ? DateParts.empty() : startsOn;
        dueOn = dueOn == null ? DateParts.empty() : dueOn;
        status = status == null || status.isBlank() ? "PLANNED" : status;
        version = version == null ? "" : version.strip();
    }

    /** The version the user started from; -1 (never current) when the form did not say. */
    int versionNumber() {
        return number(version).map(Long::intValue).orElse(-1);
    }

    /** The same answers, as if started from another version (after a conflict, the one now saved). */
    InterventionForm from(int otherVersion) {
        return new InterventionForm(
                type, goal, description, owner, startsOn, dueOn, status, String.valueOf(otherVersion));
    }

    Optional<Long> ownerUser() {
        return owner.startsWith("user:") ? number(owner.substring(5)) : Optional.empty();
    }

    Optional<Long> ownerAgency() {
        return owner.startsWith("agency:") ? number(owner.substring(7)) : Optional.empty();
    }

    Optional<Long> goalId() {
        return number(goal);
    }

    /** Checks what can be checked without the database; the caller adds catalogue and owner checks. */
    FormErrors.Builder check() {
        FormErrors.Builder errors = FormErrors.builder();
        if (type.isBlank()) {
            errors.field("type", "Select the type of action");
        }
        if (description.isEmpty()) {
            errors.field("description", "Enter what will be done");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.field("description", "What will be done must be " + MAX_DESCRIPTION + " characters or fewer");
        }
        if (owner.isBlank()) {
            errors.field("owner", "Select who owns the action");
        }
        Optional<LocalDate> starts = startsOn.toDate();
        if (!startsOn.isBlank() && starts.isEmpty()) {
            errors.date("startsOn", "Start date must be a real date");
        }
        Optional<LocalDate> due = dueOn.toDate();
        if (dueOn.isBlank()) {
            errors.date("dueOn", "Enter the date the action is due");
        } else if (due.isEmpty()) {
            errors.date("dueOn", "Due date must be a real date");
        } else if (starts.isPresent() && due.get().isBefore(starts.get())) {
            errors.date("dueOn", "Due date must be the same as or after the start date");
        }
        if (PlanStatus.ACTIONS.stream().noneMatch(o -> o.value().equals(status))) {
            errors.field("status", "Select the action's status");
        }
        return errors;
    }

    private static Optional<Long> number(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
