package app.haven.referrals;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.WorkingDays;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording disclosures and tracking what the police did. A disclosure passed to the police falls due for a response
 * after the set working days: police in the area are asked for it, and whoever recorded the disclosure is alerted if
 * none is recorded by then.
 */
@Service
class Disclosures {

    private final JdbcClient jdbc;
    private final ReferralSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Disclosures(
            JdbcClient jdbc, ReferralSettings settings, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Who recorded it: a signed-in user of an agency. */
    record Recorder(long userId, long agencyId) {}

    /** Saves a disclosure made directly to a user (audited) and returns its id. */
    @Transactional
    long record(long child, long area, NewDisclosure disclosure, Recorder by) {
        long id = insert(child, area, disclosure, Optional.empty(), by).orElseThrow();
        audit.record(AuditAction.CREATE, "disclosure", id, Optional.of(child), Optional.empty());
        announce(id, child, area, disclosure, false, by);
        return id;
    }

    /**
     * Saves a disclosure another module recorded first (a return home interview), once for its source; the change is
     * audited there, as one change.
     */
    @Transactional
    Optional<Long> recordFrom(String source, long child, long area, NewDisclosure disclosure, Recorder by) {
        Optional<Long> id = insert(child, area, disclosure, Optional.of(source), by);
        id.ifPresent(made -> announce(made, child, area, disclosure, true, by));
        return id;
    }

    private void announce(
            long id, long child, long area, NewDisclosure disclosure, boolean fromInterview, Recorder by) {
        disclosure.police().ifPresent(police -> askPolice(id, child, dueOn(police.at()), by.userId()));
        events.publishEvent(new DisclosureRecorded(
                id,
                child,
                area,
                disclosure.aboutPerson(),
                disclosure.aboutDescription(),
                disclosure.kind(),
                disclosure.police().isPresent(),
                fromInterview,
                disclosure.disclosedAt(),
                by.userId(),
                by.agencyId()));
    }

    void askPolice(long id, long child, LocalDate due, long recorder) {
        events.publishEvent(ReferralTask.policeResponse(id, child, due));
        events.publishEvent(ReferralTask.noPoliceResponse(id, child, recorder, due));
    }

    LocalDate dueOn(java.time.Instant passed) {
        return WorkingDays.after(
                LocalDate.ofInstant(passed, ReferralDispatch.LONDON),
                settings.current().policeResponseWorkingDays());
    }

    private Optional<Long> insert(
            long child, long area, NewDisclosure disclosure, Optional<String> source, Recorder by) {
        Optional<NewDisclosure.PassedToPolice> police = disclosure.police();
        return jdbc.sql("""
                        INSERT INTO disclosure (child_id, area_id, source, disclosed_by, disclosed_to, disclosed_at, place,
                               words, verbatim, about_person_id, about_description, kind_code, passed_to_police_at,
                               passed_by, police_reference, response_due_on, recorded_by, recorded_agency_id, recorded_at)
                        VALUES (:child, :area, :source, :by, :to, :at, :place, :words, :verbatim, :aboutPerson,
                                :aboutDescription, :kind, :passedAt, :passedBy, :reference, :due, :user, :agency, :now)
                        ON CONFLICT (source) DO NOTHING
                        RETURNING id
                        """)
                .param("child", child)
                .param("area", area)
                .param("source", source.orElse(null))
                .param("by", disclosure.disclosedBy())
                .param("to", disclosure.disclosedTo())
                .param("at", Timestamp.from(disclosure.disclosedAt()))
                .param("place", disclosure.place().orElse(null))
                .param("words", disclosure.words())
                .param("verbatim", disclosure.verbatim())
                .param("aboutPerson", disclosure.aboutPerson().orElse(null))
                .param("aboutDescription", disclosure.aboutDescription().orElse(null))
                .param("kind", disclosure.kind())
                .param("passedAt", police.map(p -> Timestamp.from(p.at())).orElse(null))
                .param("passedBy", police.map(NewDisclosure.PassedToPolice::by).orElse(null))
                .param(
                        "reference",
                        police.flatMap(NewDisclosure.PassedToPolice::reference).orElse(null))
                .param("due", police.map(p -> Date.valueOf(dueOn(p.at()))).orElse(null))
                .param("user", by.userId())
                .param("agency", by.agencyId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .optional();
    }
}
