package app.haven.meetings;

import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.util.List;
import java.util.Optional;

/** A group's details as typed on its change page: members are agencies and named people, checked against the choices. */
public record GroupForm(
        String name, String chair, String terms, List<String> agencies, List<String> people, int version) {

    public GroupForm {
        name = name == null ? "" : name;
        chair = chair == null ? "" : chair;
        terms = terms == null ? "" : terms;
        agencies = chosenOnly(agencies);
        people = chosenOnly(people);
    }

    private static List<String> chosenOnly(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** The group as saved, for the form. */
    static GroupForm of(GroupView group) {
        return new GroupForm(
                group.name(),
                String.valueOf(group.chairUserId()),
                group.termsOfReference(),
                group.members().stream()
                        .filter(m -> m.userId().isEmpty())
                        .map(m -> String.valueOf(m.agencyId()))
                        .distinct()
                        .toList(),
                group.members().stream()
                        .flatMap(m -> m.userId().stream())
                        .map(String::valueOf)
                        .toList(),
                group.version());
    }

    /**
     * The group's new details, or empty with an error on each field that is wrong: a name, a chair among the
     * colleagues offered, and at least one agency or named person, each among those offered.
     */
    Optional<Groups.NewGroup> check(
            GroupView group, List<Option> agencyChoices, List<Option> colleagues, FormErrors.Builder errors) {
        Forms.text(errors, "name", name, "the group's name", 160, true);
        Forms.text(errors, "terms", terms, "the terms of reference", 4000, false);
        Optional<Long> chairId = chosen(chair, colleagues);
        if (chairId.isEmpty()) {
            errors.field("chair", "Select the chair");
        }
        List<Long> agencyIds = agencies.stream()
                .flatMap(a -> chosen(a, agencyChoices).stream())
                .toList();
        List<Long> userIds =
                people.stream().flatMap(p -> chosen(p, colleagues).stream()).toList();
        if (agencyIds.size() != agencies.size() || userIds.size() != people.size()) {
            errors.field("agencies", "Select members only from the agencies and people listed");
        } else if (agencyIds.isEmpty() && userIds.isEmpty()) {
            errors.field("agencies", "Select the agencies or people the group's meetings invite");
        }
        if (errors.build().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(
                new Groups.NewGroup(group.areaId(), name.strip(), chairId.get(), terms.strip(), agencyIds, userIds));
    }

    private static Optional<Long> chosen(String typed, List<Option> choices) {
        return Forms.id(typed)
                .filter(id -> choices.stream().anyMatch(o -> o.value().equals(String.valueOf(id))));
    }
}
