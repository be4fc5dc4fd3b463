package app.haven.engagement;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which of the module's records a signed-in user may open: those of their own areas. Resources, concerns, training and
 * surveys belong to the area that recorded or received them; each query puts the areas inside itself.
 */
@Component
class EngagementScope {

    private final Workforce workforce;

    EngagementScope(Workforce workforce) {
        this.workforce = workforce;
    }

    /** The user's areas, or an impossible id so that {@code IN (:areas)} matches nothing. */
    List<Long> areaIds(HavenPrincipal user) {
        List<Long> areas =
                workforce.areasOf(user).stream().map(Workforce.Area::id).toList();
        return areas.isEmpty() ? List.of(-1L) : areas;
    }

    List<Workforce.Area> areas(HavenPrincipal user) {
        return workforce.areasOf(user);
    }

    /** Every area of the partnership, for the public form's "which area" question. */
    List<Workforce.Area> allAreas() {
        return workforce.areas();
    }
}
