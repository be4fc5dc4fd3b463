package app.haven.disruption;

import app.haven.identity.ChildAccess;
import app.haven.people.People;
import app.haven.people.PersonKind;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The children a measure protects or a prosecution names as victims, as typed (record numbers such as P-340, one a
 * line or separated by commas): each must be a child's record the user may open now (record scope, ADR 0014's rule
 * for linking), otherwise it is refused by number without saying whether it exists.
 */
@Component
class ChildLinks {

    private static final Pattern REFERENCE = Pattern.compile("(?i)^P-?(\\d{1,18})$");

    private final ChildAccess access;
    private final People people;

    ChildLinks(ChildAccess access, People people) {
        this.access = access;
        this.people = people;
    }

    /** The children's record ids, or refusals added for the field. */
    List<Long> resolve(String typed, String field, HavenPrincipal user, List<MeasureRules.Refusal> refusals) {
        Set<Long> children = new LinkedHashSet<>();
        for (String token : typed.split("[\\s,;]+")) {
            if (token.isBlank()) {
                continue;
            }
            Matcher matcher = REFERENCE.matcher(token.strip());
            if (!matcher.matches()) {
                refusals.add(new MeasureRules.Refusal(
                        field, "Enter each child's record number like P-340: " + token.strip() + " is not one"));
                continue;
            }
            long id = people.resolve(Long.parseLong(matcher.group(1)));
            Optional<PersonSummary> child =
                    people.find(id).filter(p -> p.kind() == PersonKind.CHILD).filter(p -> access.canOpen(user, p.id()));
            if (child.isEmpty()) {
                refusals.add(new MeasureRules.Refusal(
                        field, "P-" + matcher.group(1) + " does not exist or is outside your record scope"));
            } else {
                children.add(child.get().id());
            }
        }
        return new ArrayList<>(children);
    }
}
