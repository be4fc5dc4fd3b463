package app.haven.identity.admin;

import app.haven.platform.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of agency the {@code agency.kind} CHECK constraint allows (V3), with the words users read. */
enum AgencyKind {
    POLICE("Police"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    EARLY_HELP("Early help"),
    HEALTH("Health"),
    EDUCATION("Education"),
    COMMISSIONED_SERVICE("Commissioned service"),
    YOUTH_JUSTICE("Youth justice"),
    HOUSING("Housing"),
    VOLUNTARY("Voluntary sector"),
    OTHER("Other");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<AgencyKind> parse(String value) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(value)).findFirst();
    }

    static String labelOf(String value) {
        return parse(value).map(AgencyKind::label).orElse(value);
    }

    static List<Option> options() {
        return Arrays.stream(values())
                .map(kind -> new Option(kind.name(), kind.label()))
                .toList();
    }
}
