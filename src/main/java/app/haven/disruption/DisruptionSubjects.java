package app.haven.disruption;

import app.haven.intelligence.EntityView;
import app.haven.intelligence.IntelligenceEntities;
import app.haven.platform.HavenPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The intelligence entity a page or a save is about, under intelligence's need-to-know: 404 when there is none, a
 * refusal (audited as refused) when the user may not see it.
 */
@Component
class DisruptionSubjects {

    private final IntelligenceEntities entities;

    DisruptionSubjects(IntelligenceEntities entities) {
        this.entities = entities;
    }

    EntityView entity(long entityId, HavenPrincipal user) {
        return entities.visible(entityId, user).orElseThrow(() -> {
            if (!entities.exists(entityId)) {
                return new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return new AccessDeniedException("intelligence entity outside record scope");
        });
    }

    java.util.Optional<EntityView> visibleOrEmpty(long entityId, HavenPrincipal user) {
        return entities.visible(entityId, user);
    }

    /** What a measure may be against: a person of concern or a location. */
    EntityView subject(long entityId, HavenPrincipal user) {
        EntityView entity = entity(entityId, user);
        if (!entity.personOfConcern() && !entity.location()) {
            throw new RecordRefused("subject", "A measure is taken against a person of concern or a location");
        }
        return entity;
    }

    /** Whom a prosecution is of: a person of concern. */
    EntityView suspect(long entityId, HavenPrincipal user) {
        EntityView entity = entity(entityId, user);
        if (!entity.personOfConcern()) {
            throw new RecordRefused("suspect", "A prosecution is of a person of concern");
        }
        return entity;
    }
}
