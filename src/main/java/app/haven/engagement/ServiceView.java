package app.haven.engagement;

import java.util.List;
import java.util.Optional;

/** A service in the directory, as its pages show it. */
public record ServiceView(
        long id,
        String name,
        String provider,
        boolean commissioned,
        String offer,
        int ageFrom,
        int ageTo,
        String howToRefer,
        String capacity,
        Optional<String> capacityNote,
        List<String> areaNames,
        int version) {

    public String capacityLabel() {
        return switch (capacity) {
            case "OPEN" -> "Taking referrals";
            case "WAITING_LIST" -> "Waiting list";
            default -> "Not taking referrals";
        };
    }

    public String ages() {
        return ageFrom + " to " + ageTo;
    }
}
