package app.haven.people;

import app.haven.platform.web.Option;
import java.util.ArrayList;
import java.util.List;

/** The personal details' answer lists for templates. */
public final class PersonOptions {

    private PersonOptions() {}

    public static List<Option> send() {
        return PersonChoices.SEND;
    }

    public static List<Option> lookedAfter() {
        return PersonChoices.LOOKED_AFTER;
    }

    public static List<Option> placements() {
        List<Option> options = new ArrayList<>(List.of(new Option("", "No placement")));
        options.addAll(PersonChoices.PLACEMENT);
        return options;
    }
}
