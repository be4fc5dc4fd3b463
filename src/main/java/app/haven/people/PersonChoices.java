package app.haven.people;

import app.haven.platform.web.Option;
import java.util.List;

/** The fixed answer lists of the personal details, with the words the pages show. */
final class PersonChoices {

    static final List<Option> SEND = List.of(
            new Option("NONE", "No special educational needs"),
            new Option("SEN_SUPPORT", "SEN support"),
            new Option("EHC_PLAN", "Education, health and care (EHC) plan"),
            new Option("NOT_KNOWN", "Not known"));

    static final List<Option> LOOKED_AFTER = List.of(
            new Option("NOT_LOOKED_AFTER", "Not looked after"),
            new Option("LOOKED_AFTER", "Looked after"),
            new Option("CARE_LEAVER", "Care leaver"),
            new Option("NOT_KNOWN", "Not known"));

    static final List<Option> PLACEMENT = List.of(
            new Option("FOSTER_CARE", "Foster care"),
            new Option("KINSHIP_CARE", "Kinship care"),
            new Option("CHILDRENS_HOME", "Children's home"),
            new Option("SEMI_INDEPENDENT", "Semi-independent living"),
            new Option("SECURE", "Secure accommodation"),
            new Option("PLACED_WITH_PARENTS", "Placed with parents"),
            new Option("OTHER", "Other placement"));

    private PersonChoices() {}

    static String label(List<Option> options, String value) {
        return options.stream()
                .filter(option -> option.value().equals(value))
                .map(Option::label)
                .findFirst()
                .orElse("Not known");
    }
}
