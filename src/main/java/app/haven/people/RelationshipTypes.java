package app.haven.people;

import app.haven.platform.web.Option;
import java.util.Arrays;
import java.util.List;

/** The relationship types as radio options: "the other person is this person's …". */
final class RelationshipTypes {

    private RelationshipTypes() {}

    static List<Option> options() {
        return Arrays.stream(RelationshipType.values())
                .map(type -> new Option(type.name(), type.label()))
                .toList();
    }
}
