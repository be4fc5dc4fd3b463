package app.haven.intelligence;

import app.haven.platform.HavenPrincipal;
import java.util.List;

/**
 * Links another module adds to an entity's page (a person of concern's measures and prosecutions, say) without
 * intelligence knowing that module: each bean answers for the entity shown and the user reading it.
 */
public interface EntityPageLinks {

    List<Link> linksFor(EntityView entity, HavenPrincipal user);

    /** A link on the entity's page: where it goes and its words. */
    record Link(String href, String text) {}
}
