package app.haven.referrals;

import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;

/** Options for the module's selects. */
public final class ReferralOptions {

    private ReferralOptions() {}

    /** The options after an empty first one ("Choose"), so nothing is chosen by accident. */
    public static List<Option> choose(List<Option> options) {
        List<Option> all = new ArrayList<>();
        all.add(new Option("", "Choose"));
        all.addAll(options);
        return all;
    }

    public static List<Option> outcomes() {
        return java.util.Arrays.stream(Outcome.values())
                .map(o -> new Option(o.name(), o.label()))
                .toList();
    }

    public static List<Option> consents() {
        return List.of(
                new Option("GIVEN", "Yes, consent given"),
                new Option("REFUSED", "No, consent refused"),
                new Option(
                        "NOT_SOUGHT",
                        "Consent not sought",
                        "For example, seeking it would put the child at greater risk"));
    }
}
