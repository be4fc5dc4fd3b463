package app.haven.identity.admin;

import app.haven.platform.web.Option;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The saved account beside the editor's unsaved one, field by field, for the page shown when an edit was
 * stale. Ids in the editor's form are shown by the labels the form offered them with.
 */
public record EditConflict(List<Row> rows) {

    public record Row(String field, String theirs, String yours) {}

    /** The labels behind the form's ids: agencies, teams, areas, roles and managers. */
    record Labels(
            List<Option> agencies, List<Option> teams, List<Option> areas, List<Option> roles, List<Option> managers) {}

    static EditConflict between(UserView theirs, UserForm yours, Labels labels) {
        return new EditConflict(List.of(
                new Row("Full name", theirs.name(), yours.name()),
                new Row("Email address", theirs.email(), yours.email()),
                new Row("Agency", theirs.agencyName(), label(labels.agencies(), yours.agency())),
                new Row("Team", theirs.teamName().orElse("No team"), label(labels.teams(), yours.team())),
                new Row("Areas", String.join(", ", theirs.areaNames()), labels(labels.areas(), yours.areas())),
                new Row("Roles", String.join(", ", theirs.roleNames()), labels(labels.roles(), yours.roles())),
                new Row(
                        "Manager",
                        theirs.managerName().orElse("No manager"),
                        label(labels.managers(), yours.manager()))));
    }

    private static String label(List<Option> options, String value) {
        return options.stream()
                .filter(option -> option.value().equals(value))
                .map(Option::label)
                .findFirst()
                .orElse("");
    }

    private static String labels(List<Option> options, Collection<String> values) {
        Map<String, String> byValue = options.stream().collect(Collectors.toMap(Option::value, Option::label));
        return values.stream()
                .map(byValue::get)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(", "));
    }
}
