package app.haven.engagement;

import app.haven.platform.web.Option;
import java.util.Collection;
import java.util.List;

/** The fixed choices of the engagement forms and public pages, with the words readers see. */
final class EngagementChoices {

    static final List<Option> KINDS = List.of(
            new Option("LEAFLET", "Leaflet"),
            new Option("GUIDE", "Guide"),
            new Option("VIDEO", "Video"),
            new Option("LESSON_PLAN", "Lesson plan"));

    static final List<Option> AUDIENCES = List.of(
            new Option("PROFESSIONALS", "Professionals"),
            new Option("PARENTS_CARERS", "Parents and carers"),
            new Option("CHILDREN_9_11", "Children aged 9 to 11"),
            new Option("YOUNG_PEOPLE_12_17", "Young people aged 12 to 17"),
            new Option("COMMUNITIES", "Communities"));

    static final List<Option> TOPICS = List.of(
            new Option("SIGNS_OF_CSE", "Signs of child sexual exploitation"),
            new Option("CSE_VS_CSA", "Exploitation and child sexual abuse: the difference"),
            new Option("ONLINE_SAFETY", "Online safety and social media"),
            new Option("HEALTHY_RELATIONSHIPS", "Healthy relationships"),
            new Option("CONSENT", "Consent"),
            new Option("HOW_TO_REPORT", "How to report a concern"));

    static final List<Option> CLOSE_REASONS = List.of(
            new Option("NOT_CSE", "Not about child exploitation"),
            new Option("DUPLICATE", "Already known: a duplicate of another report"),
            new Option("NOT_ENOUGH_DETAIL", "Not enough detail to act on"),
            new Option("PASSED_TO_OTHER_SERVICE", "Passed to another service"),
            new Option("MALICIOUS", "Malicious or a test"));

    private EngagementChoices() {}

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

    static boolean allOneOf(List<Option> options, Collection<String> values) {
        return values.stream().allMatch(v -> isOneOf(options, v));
    }
}
