package app.haven.disruption;

import app.haven.intelligence.EntityPageLinks;
import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import org.springframework.stereotype.Component;

/** The link from a person of concern's or a location's intelligence page to its measures and prosecutions. */
@Component
class DisruptionEntityLinks implements EntityPageLinks {

    @Override
    public List<Link> linksFor(EntityView entity, HavenPrincipal user) {
        if (!entity.personOfConcern() && !entity.location()) {
            return List.of();
        }
        return List.of(new Link(
                "/disruption/entities/" + entity.id(),
                "Disruption measures" + (entity.personOfConcern() ? " and prosecutions" : "") + " against "
                        + entity.label()));
    }
}
