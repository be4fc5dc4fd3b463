package app.haven.intelligence;

import app.haven.intelligence.network.LinkType;
import app.haven.intelligence.network.NodeKind;
import app.haven.platform.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fixed choices of the intelligence forms, with the words users read. */
final class IntelChoices {

    static final List<Option> KINDS = List.of(
            new Option("PERSON", "Person of concern"),
            new Option("LOCATION", "Location"),
            new Option("VEHICLE", "Vehicle"),
            new Option("PHONE", "Phone number"),
            new Option("ONLINE_ACCOUNT", "Online account"),
            new Option("OPERATION", "Operation"));

    static final List<Option> CONCERN_ROLES = List.of(
            new Option("SUSPECTED_PERPETRATOR", "Suspected perpetrator"),
            new Option("FACILITATOR", "Facilitator"),
            new Option("EXPLOITED_PEER", "Exploited peer"),
            new Option("ASSOCIATE", "Associate"));

    static final List<Option> SOURCES = List.of(
            new Option("AGENCY", "A partner agency"),
            new Option("OFFICER", "A police officer"),
            new Option("COMMUNITY", "A member of the community"),
            new Option("RETURN_INTERVIEW", "A return home interview"),
            new Option("DISCLOSURE", "A disclosure"));

    static final List<Option> CONFIDENCE =
            List.of(new Option("HIGH", "High"), new Option("MEDIUM", "Medium"), new Option("LOW", "Low"));

    static final List<Option> SYSTEMS = List.of(
            new Option(Grading.APP, "3x5x2", "The current College of Policing grading"),
            new Option(Grading.LEGACY, "5x5x5", "Older intelligence, for example imported from another system"));

    static final List<Option> LINK_TYPES = Arrays.stream(LinkType.values())
            .map(t -> new Option(t.name(), capitalised(t.words())))
            .toList();

    private IntelChoices() {}

    static String kindLabel(NodeKind kind, boolean child, Optional<String> concernRole) {
        if (kind == NodeKind.PERSON) {
            String who = child ? "Child" : "Adult";
            return concernRole
                    .map(r -> who + " of concern: " + label(CONCERN_ROLES, r).toLowerCase(java.util.Locale.UK))
                    .orElse(who);
        }
        return label(KINDS, kind.name());
    }

    static String label(List<Option> options, String value) {
        return options.stream()
                .filter(o -> o.value().equals(value))
                .map(Option::label)
                .findFirst()
                .orElse(value);
    }

    static boolean isOneOf(List<Option> options, String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
