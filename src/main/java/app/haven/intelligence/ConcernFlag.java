package app.haven.intelligence;

import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The concern flag as a person's edit sets it: an adult may carry any role or none (no longer of concern); a child may
 * only be flagged as an exploited peer, or not at all (a child is never recorded as a perpetrator here).
 */
final class ConcernFlag {

    static final String NONE = "NONE";

    private ConcernFlag() {}

    /** The roles offered for this person, "not of concern" last. */
    static List<Option> choices(boolean child) {
        List<Option> roles = new ArrayList<>(
                child
                        ? IntelChoices.CONCERN_ROLES.stream()
                                .filter(o -> o.value().equals("EXPLOITED_PEER"))
                                .toList()
                        : IntelChoices.CONCERN_ROLES);
        roles.add(new Option(NONE, child ? "Not flagged" : "Not a person of concern"));
        return roles;
    }

    /** The role chosen (empty: no flag), or an error on the field when the choice is not one this person may have. */
    static Optional<Optional<String>> read(boolean child, String typed, FormErrors.Builder errors) {
        if (choices(child).stream().noneMatch(o -> o.value().equals(typed))) {
            errors.field(
                    "concernRole",
                    child
                            ? "Select whether the child is flagged as an exploited peer"
                            : "Select the person's role, or that they are not a person of concern");
            return Optional.empty();
        }
        return Optional.of(typed.equals(NONE) ? Optional.empty() : Optional.of(typed));
    }
}
