package app.haven.disruption;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.intelligence.EntityView;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records prosecutions, their outcomes and victims' support, each in one transaction: the rules and the victims' scope
 * are checked first and a refusal saves nothing; then the rows, the victims' chronologies and one audit entry.
 */
@Service
class Prosecutions {

    private static final Pattern ENTITY = Pattern.compile("(?i)^I-?(\\d{1,18})$");

    private final JdbcClient jdbc;
    private final DisruptionCatalogue catalogue;
    private final DisruptionSubjects subjects;
    private final ChildLinks childLinks;
    private final DisruptionChronology chronology;
    private final AuditLog audit;
    private final Clock clock;

    Prosecutions(
            JdbcClient jdbc,
            DisruptionCatalogue catalogue,
            DisruptionSubjects subjects,
            ChildLinks childLinks,
            DisruptionChronology chronology,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.subjects = subjects;
        this.childLinks = childLinks;
        this.chronology = chronology;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long record(NewProsecution p, HavenPrincipal user) {
        EntityView suspect = subjects.suspect(p.suspectEntityId(), user);
        List<MeasureRules.Refusal> refusals =
                new ArrayList<>(ProsecutionRules.check(p.dates(), p.result(), DisruptionDates.today(clock)));
        Set<String> known = catalogue.offences().stream()
                .map(DisruptionCatalogue.Offence::code)
                .collect(Collectors.toSet());
        if (p.offenceCodes().isEmpty() || !known.containsAll(p.offenceCodes())) {
            refusals.add(new MeasureRules.Refusal("offences", "Select the offences charged"));
        }
        Optional<Long> operation = operation(p.operation(), user, refusals);
        List<Long> victims = childLinks.resolve(p.victims(), "victims", user, refusals);
        if (!refusals.isEmpty()) {
            throw new RecordRefused(refusals);
        }
        long id = insert(p, suspect, operation, user);
        for (String offence : p.offenceCodes()) {
            jdbc.sql("INSERT INTO disruption_prosecution_offence (prosecution_id, offence_code) VALUES (:p, :o)")
                    .param("p", id)
                    .param("o", offence)
                    .update();
        }
        for (long victim : victims) {
            jdbc.sql("INSERT INTO disruption_victim (prosecution_id, child_id) VALUES (:p, :c)")
                    .param("p", id)
                    .param("c", victim)
                    .update();
        }
        chronology.charged(id, p.dates().chargedOn(), victims, user);
        p.result()
                .outcome()
                .ifPresent(o ->
                        chronology.outcome(id, o.label, p.result().outcomeOn().orElseThrow(), victims, user));
        audit.record(
                AuditAction.CREATE,
                "disruption-prosecution",
                id,
                victims.stream().findFirst(),
                Optional.of("victims " + victims));
        return id;
    }

    /** The operation typed (I-12), if any: an operation the user may see. */
    private Optional<Long> operation(Optional<String> typed, HavenPrincipal user, List<MeasureRules.Refusal> refusals) {
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = ENTITY.matcher(typed.get().strip());
        Optional<EntityView> found =
                matcher.matches() ? subjects.visibleOrEmpty(Long.parseLong(matcher.group(1)), user) : Optional.empty();
        if (found.isEmpty() || !found.get().operation()) {
            refusals.add(new MeasureRules.Refusal(
                    "operation", "Enter the operation's reference like I-12: an operation you may see"));
            return Optional.empty();
        }
        return Optional.of(found.get().id());
    }

    private long insert(NewProsecution p, EntityView suspect, Optional<Long> operation, HavenPrincipal user) {
        ProsecutionRules.Result r = p.result();
        return jdbc.sql("""
                        INSERT INTO disruption_prosecution (suspect_entity_id, operation_entity_id, area_id, charged_on,
                               first_hearing_on, trial_on, court, outcome, outcome_on, outcome_reason, sentence,
                               recorded_by, recorded_at)
                        VALUES (:suspect, :operation, :area, :charged, :hearing, :trial, :court, :outcome, :outcomeOn,
                                :reason, :sentence, :by, :now) RETURNING id
                        """)
                .param("suspect", suspect.id())
                .param("operation", operation.orElse(null))
                .param("area", suspect.areaId())
                .param("charged", Date.valueOf(p.dates().chargedOn()))
                .param("hearing", p.dates().firstHearingOn().map(Date::valueOf).orElse(null))
                .param("trial", p.dates().trialOn().map(Date::valueOf).orElse(null))
                .param("court", p.court().orElse(null))
                .param("outcome", r.outcome().map(Enum::name).orElse(null))
                .param("outcomeOn", r.outcomeOn().map(Date::valueOf).orElse(null))
                .param("reason", r.reason().orElse(null))
                .param("sentence", r.sentence().orElse(null))
                .param("by", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** Records the outcome (and sentence) of a case without one, if the version is the one the user saw. */
    @Transactional
    void outcome(ProsecutionView p, ProsecutionRules.Result result, int version, HavenPrincipal user) {
        List<MeasureRules.Refusal> refusals =
                new ArrayList<>(ProsecutionRules.checkResult(p.chargedOn(), result, DisruptionDates.today(clock)));
        if (result.outcome().isEmpty()) {
            refusals.add(0, new MeasureRules.Refusal("outcome", "Select the outcome"));
        }
        if (!refusals.isEmpty()) {
            throw new RecordRefused(refusals);
        }
        int changed = jdbc.sql("""
                        UPDATE disruption_prosecution SET outcome = :outcome, outcome_on = :on, outcome_reason = :reason,
                               sentence = :sentence, version = version + 1
                         WHERE id = :id AND version = :version AND outcome IS NULL
                        """)
                .param("outcome", result.outcome().get().name())
                .param("on", Date.valueOf(result.outcomeOn().orElseThrow()))
                .param("reason", result.reason().orElse(null))
                .param("sentence", result.sentence().orElse(null))
                .param("id", p.id())
                .param("version", version)
                .update();
        if (changed != 1) {
            throw new DisruptionMeasures.StaleMeasure();
        }
        chronology.outcome(
                p.id(), result.outcome().get().label, result.outcomeOn().get(), p.victimIds(), user);
        audit.record(
                AuditAction.UPDATE,
                "disruption-prosecution",
                p.id(),
                p.victimIds().stream().findFirst(),
                Optional.of("outcome " + result.outcome().get().name()));
    }

    /** Records a victim's support through the case: special measures and an independent advocate. */
    @Transactional
    void support(ProsecutionView p, long childId, Optional<String> specialMeasures, Optional<String> advocate) {
        if (!p.victimIds().contains(childId)) {
            throw new RecordRefused("child", "Select a victim in this case");
        }
        jdbc.sql("""
                        UPDATE disruption_victim SET special_measures = :measures, advocate = :advocate
                         WHERE prosecution_id = :p AND child_id = :c
                        """)
                .param("measures", specialMeasures.orElse(null))
                .param("advocate", advocate.orElse(null))
                .param("p", p.id())
                .param("c", childId)
                .update();
        audit.record(
                AuditAction.UPDATE,
                "disruption-prosecution",
                p.id(),
                Optional.of(childId),
                Optional.of("victim support"));
    }
}
