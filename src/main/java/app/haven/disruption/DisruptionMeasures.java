package app.haven.disruption;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records measures, their breaches, renewals and ends, each in one transaction: the catalogue's rules and the children's
 * scope are checked first and a refusal saves nothing; then the row, the alerts, the chronology of each child
 * protected, and one audit entry.
 */
@Service
class DisruptionMeasures {

    private final JdbcClient jdbc;
    private final DisruptionCatalogue catalogue;
    private final DisruptionSubjects subjects;
    private final ChildLinks childLinks;
    private final MeasureAlerts alerts;
    private final DisruptionChronology chronology;
    private final AuditLog audit;
    private final Clock clock;

    DisruptionMeasures(
            JdbcClient jdbc,
            DisruptionCatalogue catalogue,
            DisruptionSubjects subjects,
            ChildLinks childLinks,
            MeasureAlerts alerts,
            DisruptionChronology chronology,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.subjects = subjects;
        this.childLinks = childLinks;
        this.alerts = alerts;
        this.chronology = chronology;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves the measure and returns its id, or throws {@link RecordRefused} having saved nothing. */
    @Transactional
    long record(NewMeasure measure, HavenPrincipal user) {
        EntityView subject = subjects.subject(measure.subjectEntityId(), user);
        List<MeasureRules.Refusal> refusals = new ArrayList<>();
        Optional<MeasureType> type = catalogue.measureType(measure.typeCode());
        if (type.isEmpty()) {
            refusals.add(new MeasureRules.Refusal("type", "Select the kind of measure"));
        } else {
            refusals.addAll(MeasureRules.check(
                    type.get(),
                    subject.location() ? MeasureRules.Subject.LOCATION : MeasureRules.Subject.PERSON,
                    measure.issuedOn(),
                    measure.expiresOn(),
                    DisruptionDates.today(clock)));
        }
        long agency = measure.issuingAgency().orElse(user.agencyId());
        if (!agencyExists(agency)) {
            refusals.add(new MeasureRules.Refusal("agency", "Select the issuing agency"));
        }
        List<Long> children = childLinks.resolve(measure.children(), "children", user, refusals);
        if (!refusals.isEmpty()) {
            throw new RecordRefused(refusals);
        }
        long id = insert(measure, subject, agency, user);
        for (long child : children) {
            jdbc.sql("INSERT INTO disruption_measure_child (measure_id, child_id) VALUES (:m, :c)")
                    .param("m", id)
                    .param("c", child)
                    .update();
        }
        alerts.chooseRecipients(id, user.userId(), subject.areaId());
        measure.expiresOn().ifPresent(expiry -> alerts.expiresOn(id, type.get().label(), expiry));
        chronology.measureIssued(id, type.get().label(), measure.issuedOn(), children, user);
        audit.record(
                AuditAction.CREATE,
                "disruption-measure",
                id,
                children.stream().findFirst(),
                Optional.of(type.get().code() + " protecting children " + children));
        return id;
    }

    private boolean agencyExists(long agency) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agency WHERE id = :id AND NOT retired)")
                .param("id", agency)
                .query(Boolean.class)
                .single();
    }

    private long insert(NewMeasure measure, EntityView subject, long agency, HavenPrincipal user) {
        return jdbc.sql("""
                        INSERT INTO disruption_measure (type_code, subject_entity_id, subject_kind, area_id, issued_on,
                               issuing_agency_id, issuing_officer_id, conditions, expires_on, recorded_at)
                        VALUES (:type, :subject, :kind, :area, :issued, :agency, :officer, :conditions, :expires, :now)
                        RETURNING id
                        """)
                .param("type", measure.typeCode())
                .param("subject", subject.id())
                .param("kind", subject.location() ? "LOCATION" : "PERSON")
                .param("area", subject.areaId())
                .param("issued", Date.valueOf(measure.issuedOn()))
                .param("agency", agency)
                .param("officer", user.userId())
                .param("conditions", measure.conditions().orElse(null))
                .param("expires", measure.expiresOn().map(Date::valueOf).orElse(null))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** Records a breach of a measure the user may see; returns its id. */
    @Transactional
    long breach(MeasureView measure, LocalDate occurredOn, String what, String action, HavenPrincipal user) {
        if (occurredOn.isBefore(measure.issuedOn())) {
            throw new RecordRefused("occurredOn", "The breach must be on or after the date the measure was issued");
        }
        if (occurredOn.isAfter(DisruptionDates.today(clock))) {
            throw new RecordRefused("occurredOn", "The date of the breach must be today or in the past");
        }
        long id = jdbc.sql("""
                        INSERT INTO disruption_breach (measure_id, occurred_on, what, action_taken, recorded_by, recorded_at)
                        VALUES (:m, :on, :what, :action, :by, :now) RETURNING id
                        """)
                .param("m", measure.id())
                .param("on", Date.valueOf(occurredOn))
                .param("what", what)
                .param("action", action)
                .param("by", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        alerts.breached(measure.id(), id, measure.typeLabel(), DisruptionDates.today(clock));
        chronology.breach(measure.id(), measure.typeLabel(), occurredOn, measure.childIds(), user);
        audit.record(
                AuditAction.CREATE,
                "disruption-breach",
                id,
                measure.childIds().stream().findFirst(),
                Optional.of("breach of measure " + measure.id()));
        return id;
    }

    /** Moves the expiry of a live measure later, if the version is the one the user saw. */
    @Transactional
    void renew(MeasureView measure, LocalDate newExpiry, int version, HavenPrincipal user) {
        MeasureType type = catalogue.measureType(measure.typeCode()).orElseThrow();
        LocalDate current = measure.expiresOn().orElse(measure.issuedOn());
        List<MeasureRules.Refusal> refusals =
                MeasureRules.checkRenewal(type, current, newExpiry, DisruptionDates.today(clock));
        if (!refusals.isEmpty()) {
            throw new RecordRefused(refusals);
        }
        int changed = jdbc.sql("""
                        UPDATE disruption_measure SET expires_on = :expiry, version = version + 1
                         WHERE id = :id AND version = :version AND ended_on IS NULL
                        """)
                .param("expiry", Date.valueOf(newExpiry))
                .param("id", measure.id())
                .param("version", version)
                .update();
        if (changed != 1) {
            throw new StaleMeasure();
        }
        alerts.expiresOn(measure.id(), type.label(), newExpiry);
        audit.record(
                AuditAction.UPDATE,
                "disruption-measure",
                measure.id(),
                measure.childIds().stream().findFirst(),
                Optional.of("renewed to " + newExpiry));
    }

    /** Ends a live measure (revoked, discharged, superseded), if the version is the one the user saw. */
    @Transactional
    void end(MeasureView measure, LocalDate endedOn, String reason, int version, HavenPrincipal user) {
        if (endedOn.isBefore(measure.issuedOn()) || endedOn.isAfter(DisruptionDates.today(clock))) {
            throw new RecordRefused("endedOn", "The date it ended must be between the date it was issued and today");
        }
        int changed = jdbc.sql("""
                        UPDATE disruption_measure SET ended_on = :ended, end_reason = :reason, version = version + 1
                         WHERE id = :id AND version = :version AND ended_on IS NULL
                        """)
                .param("ended", Date.valueOf(endedOn))
                .param("reason", reason)
                .param("id", measure.id())
                .param("version", version)
                .update();
        if (changed != 1) {
            throw new StaleMeasure();
        }
        alerts.ended(measure.id());
        audit.record(
                AuditAction.UPDATE,
                "disruption-measure",
                measure.id(),
                measure.childIds().stream().findFirst(),
                Optional.of("ended"));
    }

    /** Someone else changed the measure since the page was shown: nothing was saved. */
    static class StaleMeasure extends RuntimeException {
        StaleMeasure() {
            super("the measure changed since it was shown");
        }
    }
}
