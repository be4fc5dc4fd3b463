package app.haven.intelligence;

import app.haven.intelligence.network.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An entity as its page shows it, once the user may see it. {@code label} is a person's current name. */
public record EntityView(
        long id,
        NodeKind kind,
        String label,
        long areaId,
        String areaName,
        Optional<Long> personId,
        boolean child,
        Optional<String> concernRole,
        Optional<String> locationType,
        Optional<String> postcode,
        Optional<String> coordinates,
        Optional<String> vehicle,
        Optional<String> description,
        int version) {

    /** "I-42": how users quote an entity. */
    public String reference() {
        return "I-" + id;
    }

    /** An adult flagged as a person of concern (what a disruption measure or a prosecution may be against). */
    public boolean personOfConcern() {
        return kind == NodeKind.PERSON && !child && concernRole.isPresent();
    }

    public boolean location() {
        return kind == NodeKind.LOCATION;
    }

    public boolean operation() {
        return kind == NodeKind.OPERATION;
    }

    public String kindLabel() {
        return IntelChoices.kindLabel(kind, child, concernRole);
    }

    /** Details under the name, as summary rows of (key, value). */
    public List<String[]> details() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Reference", reference()});
        rows.add(new String[] {"Kind", kindLabel()});
        rows.add(new String[] {"Recorded in", areaName});
        locationType.ifPresent(t -> rows.add(new String[] {"Type of place", t}));
        postcode.ifPresent(p -> rows.add(new String[] {"Postcode", p}));
        coordinates.ifPresent(c -> rows.add(new String[] {"Coordinates", c}));
        vehicle.ifPresent(v -> rows.add(new String[] {"Vehicle", v}));
        description.ifPresent(d -> rows.add(new String[] {"What is known", d}));
        return rows;
    }
}
