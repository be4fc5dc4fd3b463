package app.haven.insight;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads the area and period a page or export asks for. A period that does not exist, or an area the user does not
 * cover, is refused with words saying what to choose (and an area outside scope is audited as refused).
 */
@Component
class InsightFilter {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int YEARS_OFFERED = 10;

    private final AreaChoices areas;
    private final AuditLog audit;
    private final Clock clock;

    InsightFilter(AreaChoices areas, AuditLog audit, Clock clock) {
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    InsightChoice read(HavenPrincipal user, String area, String period, String subject) {
        Optional<Period> chosenPeriod =
                period == null || period.isBlank() ? Optional.of(current()) : Period.parse(period);
        Optional<AreaChoice> chosenArea = areas.chosen(user, area);
        FormErrors.Builder errors = FormErrors.builder();
        if (chosenArea.isEmpty()) {
            errors.field("area", "Choose an area you cover");
            audit.record(AuditAction.REFUSED, subject, 0, Optional.empty(), Optional.of("area outside scope"));
        }
        if (chosenPeriod.isEmpty()) {
            errors.field(
                    "period",
                    "Choose a period that exists: a financial year such as 2016-17, or a quarter such"
                            + " as 2016-17-q1");
        }
        return new InsightChoice(
                area == null ? "" : area, period == null ? "" : period, chosenArea, chosenPeriod, errors.build());
    }

    Period current() {
        return Period.yearOf(LocalDate.now(clock.withZone(LONDON)));
    }

    /** The last ten financial years, each followed by its quarters, newest first. */
    List<Option> periodOptions() {
        List<Option> options = new ArrayList<>();
        Period year = current();
        for (int i = 0; i < YEARS_OFFERED; i++) {
            options.add(new Option(year.code(), year.label()));
            for (int q = 1; q <= 4; q++) {
                Period quarter = new Period(year.startYear(), q);
                options.add(new Option(quarter.code(), quarter.label()));
            }
            year = year.previous();
        }
        return options;
    }

    List<Option> areaOptions(HavenPrincipal user) {
        return areas.of(user).stream().map(a -> new Option(a.value(), a.name())).toList();
    }

    List<AreaChoice> areasOf(HavenPrincipal user) {
        return areas.of(user);
    }
}
