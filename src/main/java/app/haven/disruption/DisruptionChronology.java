package app.haven.disruption;

import app.haven.platform.HavenPrincipal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Entries on the chronology of each child a measure protects or a prosecution names: the measure issued, a breach, the
 * charge, the outcome. The summary names the kind of measure and the case's number, never the adult.
 */
@Component
class DisruptionChronology {

    private final ApplicationEventPublisher events;

    DisruptionChronology(ApplicationEventPublisher events) {
        this.events = events;
    }

    void measureIssued(long measureId, String typeLabel, LocalDate on, List<Long> children, HavenPrincipal user) {
        publish(
                children,
                on,
                "disruption.measure-issued",
                "Disruption measure issued",
                typeLabel + " M-" + measureId + " issued to protect this child",
                "/disruption/measures/" + measureId,
                user);
    }

    void breach(long measureId, String typeLabel, LocalDate on, List<Long> children, HavenPrincipal user) {
        publish(
                children,
                on,
                "disruption.breach",
                "Disruption measure breached",
                typeLabel + " M-" + measureId + " breached",
                "/disruption/measures/" + measureId,
                user);
    }

    void charged(long prosecutionId, LocalDate on, List<Long> victims, HavenPrincipal user) {
        publish(
                victims,
                on,
                "disruption.charged",
                "Suspect charged",
                "Suspect charged in prosecution C-" + prosecutionId,
                "/disruption/prosecutions/" + prosecutionId,
                user);
    }

    void outcome(long prosecutionId, String outcome, LocalDate on, List<Long> victims, HavenPrincipal user) {
        publish(
                victims,
                on,
                "disruption.outcome",
                "Prosecution outcome",
                "Prosecution C-" + prosecutionId + ": " + outcome.toLowerCase(java.util.Locale.UK),
                "/disruption/prosecutions/" + prosecutionId,
                user);
    }

    private void publish(
            List<Long> children,
            LocalDate on,
            String type,
            String label,
            String summary,
            String link,
            HavenPrincipal user) {
        Instant at = on.atStartOfDay(DisruptionDates.LONDON).toInstant();
        for (long child : children) {
            events.publishEvent(new DisruptionTimelineEvent(
                    child,
                    at,
                    type,
                    label,
                    summary,
                    Optional.of(user.userId()),
                    Optional.of(user.agencyId()),
                    true,
                    Optional.of(link)));
        }
    }
}
