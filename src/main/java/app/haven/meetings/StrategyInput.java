package app.haven.meetings;

import app.haven.platform.web.DateParts;
import java.util.LinkedHashMap;
import java.util.Map;

/** A strategy discussion as posted: participants are agency id to the names typed for it. */
public record StrategyInput(DateParts heldOn, Map<Long, String> participants, String section47, String otherActions) {

    static StrategyInput from(Map<String, String> posted) {
        Map<Long, String> participants = new LinkedHashMap<>();
        posted.forEach((name, value) -> {
            if (name.startsWith("names-") && !value.isBlank()) {
                Forms.id(name.substring(6)).ifPresent(agency -> participants.put(agency, value.strip()));
            }
        });
        return new StrategyInput(
                new DateParts(
                        posted.getOrDefault("heldOn.day", ""),
                        posted.getOrDefault("heldOn.month", ""),
                        posted.getOrDefault("heldOn.year", "")),
                participants,
                posted.getOrDefault("section47", ""),
                posted.getOrDefault("otherActions", ""));
    }

    public String names(long agency) {
        return participants.getOrDefault(agency, "");
    }
}
