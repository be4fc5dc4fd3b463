package app.haven.intelligence;

import app.haven.intelligence.network.NodeKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An entity as checked from its form, ready to save: its label and duplicate key already worked out. */
record NewEntity(
        NodeKind kind,
        long areaId,
        String label,
        String matchKey,
        Optional<Long> personId,
        boolean child,
        Optional<String> concernRole,
        Optional<String> locationType,
        Optional<String> address,
        Optional<String> postcode,
        Optional<BigDecimal> latitude,
        Optional<BigDecimal> longitude,
        Optional<String> registration,
        Optional<String> make,
        Optional<String> colour,
        Optional<String> phoneNumber,
        Optional<String> platform,
        Optional<String> handle,
        Optional<String> description) {

    /** A person record as an entity: a child, or an adult flagged as a person of concern. */
    static NewEntity person(long personId, long areaId, String name, boolean child, Optional<String> role) {
        Optional<String> none = Optional.empty();
        return new NewEntity(
                NodeKind.PERSON,
                areaId,
                name,
                MatchKeys.person(personId),
                Optional.of(personId),
                child,
                role,
                none,
                none,
                none,
                Optional.empty(),
                Optional.empty(),
                none,
                none,
                none,
                none,
                none,
                none,
                none);
    }

    /** What is known of the entity, as the named parameters the insert and the change of `intel_entity` both bind. */
    Map<String, Object> details() {
        Map<String, Object> details = new HashMap<>();
        details.put("label", label);
        details.put("key", matchKey);
        details.put("locationType", locationType.orElse(null));
        details.put("address", address.orElse(null));
        details.put("postcode", postcode.orElse(null));
        details.put("lat", latitude.orElse(null));
        details.put("lon", longitude.orElse(null));
        details.put("registration", registration.orElse(null));
        details.put("make", make.orElse(null));
        details.put("colour", colour.orElse(null));
        details.put("phone", phoneNumber.orElse(null));
        details.put("platform", platform.orElse(null));
        details.put("handle", handle.orElse(null));
        details.put("description", description.orElse(null));
        return details;
    }
}
