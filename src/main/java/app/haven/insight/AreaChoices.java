package app.haven.insight;

import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The areas a user may see figures for: their own areas, and the whole partnership when they cover every area. An
 * area outside them is refused, even for aggregates, as a coordinator's dashboard is their area's.
 */
@Component
class AreaChoices {

    private final Workforce workforce;

    AreaChoices(Workforce workforce) {
        this.workforce = workforce;
    }

    List<AreaChoice> of(HavenPrincipal user) {
        List<Workforce.Area> own = workforce.areasOf(user);
        List<AreaChoice> choices = new ArrayList<>();
        if (!own.isEmpty() && own.size() == workforce.areas().size()) {
            choices.add(AreaChoice.partnership());
        }
        own.forEach(a -> choices.add(new AreaChoice(Optional.of(a.id()), a.name())));
        return choices;
    }

    /** The choice a link names, the user's first when it names none, or empty when it names one they may not see. */
    Optional<AreaChoice> chosen(HavenPrincipal user, String value) {
        List<AreaChoice> choices = of(user);
        if (value == null || value.isBlank()) {
            return choices.stream().findFirst();
        }
        return choices.stream().filter(c -> c.value().equals(value.trim())).findFirst();
    }
}
