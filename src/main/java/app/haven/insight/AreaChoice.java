package app.haven.insight;

import java.util.Optional;

/**
 * Where figures are for: one area, or the whole partnership (which also counts what belongs to no single area).
 * Written {@code all} or the area's id in links.
 */
public record AreaChoice(Optional<Long> areaId, String name) {

    static final String WHOLE_PARTNERSHIP = "all";

    static AreaChoice partnership() {
        return new AreaChoice(Optional.empty(), "The whole partnership");
    }

    String value() {
        return areaId.map(String::valueOf).orElse(WHOLE_PARTNERSHIP);
    }

    boolean includes(Long countArea) {
        return areaId.isEmpty() || areaId.get().equals(countArea);
    }
}
