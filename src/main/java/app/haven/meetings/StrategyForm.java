package app.haven.meetings;

import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a strategy discussion as typed: the day it was held (not in the future), who took part for which agency
 * (police and children's social care at least), and the section 47 decision.
 */
@Component
class StrategyForm {

    private final JdbcClient jdbc;
    private final Clock clock;

    StrategyForm(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<AgencyChoice> agencies() {
        return jdbc.sql("SELECT id, name, kind FROM agency WHERE NOT retired ORDER BY kind <> 'POLICE',"
                        + " kind <> 'CHILDRENS_SOCIAL_CARE', name")
                .query((rs, row) -> new AgencyChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    Optional<StrategyDiscussions.Held> check(StrategyInput typed, FormErrors.Builder errors) {
        Optional<LocalDate> held = typed.heldOn().toDate();
        if (typed.heldOn().isBlank()) {
            errors.date("heldOn", "Enter the date the discussion was held");
        } else if (held.isEmpty()) {
            errors.date("heldOn", "The date must be a real date");
        } else if (held.get().isAfter(LocalDate.now(clock))) {
            errors.date("heldOn", "The date must be today or in the past");
        }
        List<AgencyChoice> agencies = agencies();
        Map<Long, String> known = new LinkedHashMap<>();
        typed.participants()
                .forEach((id, names) ->
                        agencies.stream().filter(a -> a.id() == id).findFirst().ifPresent(a -> known.put(id, names)));
        List<String> kinds = agencies.stream()
                .filter(a -> known.containsKey(a.id()))
                .map(AgencyChoice::kind)
                .toList();
        if (!kinds.contains("POLICE") || !kinds.contains("CHILDRENS_SOCIAL_CARE")) {
            errors.field("participants", "Name who took part for the police and for children's social care at least");
        }
        known.values().forEach(names -> Forms.text(errors, "participants", names, "the names", 400, false));
        if (!typed.section47().equals("yes") && !typed.section47().equals("no")) {
            errors.field("section47", "Select whether a section 47 enquiry will be made");
        }
        Forms.text(errors, "otherActions", typed.otherActions(), "the other actions", 4000, false);
        if (errors.build().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new StrategyDiscussions.Held(
                held.get(),
                known,
                typed.section47().equals("yes"),
                typed.otherActions().strip()));
    }
}
