package app.haven.intelligence;

import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns a typed reference into an entity the user may see: an entity reference as it is, a person record they may
 * open made an entity if it is not one yet. Anything else is refused in words, so a tampered number learns nothing.
 */
@Component
class EntityResolver {

    private final EntityQueries entities;
    private final Entities writes;
    private final People people;
    private final IntelligenceScope scope;

    EntityResolver(EntityQueries entities, Entities writes, People people, IntelligenceScope scope) {
        this.entities = entities;
        this.writes = writes;
        this.people = people;
        this.scope = scope;
    }

    /** The entity id, or a refusal on this field; may record a person as an entity (call inside the save). */
    long resolve(References.Reference reference, String field, HavenPrincipal user) {
        String refused =
                (reference.person() ? "P-" : "I-") + reference.id() + " does not exist or is outside your record scope";
        if (!reference.person()) {
            return entities.visible(reference.id(), user)
                    .map(EntityView::id)
                    .orElseThrow(() -> new LinkRefused(field, refused));
        }
        if (people.find(reference.id()).isEmpty() || !people.canOpen(user, reference.id())) {
            throw new LinkRefused(field, refused);
        }
        long area = scope.areaIds(user).stream().findFirst().orElseThrow(() -> new LinkRefused(field, refused));
        long entity = writes.ensurePerson(reference.id(), area, user);
        return entities.visible(entity, user).map(EntityView::id).orElseThrow(() -> new LinkRefused(field, refused));
    }

    Optional<References.Reference> parse(String text) {
        return References.parse(text);
    }
}
