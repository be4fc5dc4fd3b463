package app.haven.people;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.MergeObjection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging two records of one person, and undoing it. Nothing is moved or deleted: the merged record points to the
 * kept one, whose pages then gather both records' names, identifiers and history; everyone involved with either
 * record gets an involvement with the kept one. Undo clears the pointer and ends exactly those involvements.
 */
@Service
class PersonMerges {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final List<MergeObjection> objections;
    private final Clock clock;

    PersonMerges(
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events,
            List<MergeObjection> objections,
            Clock clock) {
        this.jdbc = jdbc;
        this.objections = objections;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Why a merge cannot go ahead, in words for the user; empty when it can. */
    Optional<String> problem(long keptId, long mergedId) {
        if (keptId == mergedId) {
            return Optional.of("Choose a different record: a record cannot be merged with itself");
        }
        List<String> kinds = jdbc.sql("SELECT kind FROM person WHERE id IN (:ids) AND merged_into IS NULL ORDER BY id")
                .param("ids", List.of(keptId, mergedId))
                .query(String.class)
                .list();
        if (kinds.size() < 2) {
            return Optional.of("That record does not exist or has already been merged into another");
        }
        if (!kinds.get(0).equals(kinds.get(1))) {
            return Optional.of("A child's record cannot be merged with an adult's");
        }
        long mergedInto = jdbc.sql("SELECT count(*) FROM person WHERE merged_into = :id")
                .param("id", mergedId)
                .query(Long.class)
                .single();
        if (mergedInto > 0) {
            return Optional.of("Other records have been merged into that one. Merge it the other way round, "
                    + "or undo those merges first");
        }
        return objection(keptId, mergedId);
    }

    /** What another module (the register) says against merging these two records now. */
    private Optional<String> objection(long keptId, long mergedId) {
        List<Long> kept = withMerged(keptId);
        List<Long> merged = withMerged(mergedId);
        return objections.stream()
                .map(o -> o.objection(kept, merged))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private List<Long> withMerged(long id) {
        return jdbc.sql("SELECT id FROM person WHERE id = :id OR merged_into = :id ORDER BY id")
                .param("id", id)
                .query(Long.class)
                .list();
    }

    /** Merges one record into another; call only when {@link #problem} found nothing. Returns the merge id. */
    @Transactional
    long merge(long keptId, long mergedId, String reason, HavenPrincipal user) {
        Instant now = clock.instant();
        // Checked again in the merge's transaction: a case may have been opened since the form was read.
        objection(keptId, mergedId).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        int updated =
                jdbc.sql("""
                        UPDATE person SET merged_into = :kept, version = version + 1
                         WHERE id = :merged AND merged_into IS NULL
                           AND NOT EXISTS (SELECT 1 FROM person k WHERE k.id = :kept AND k.merged_into IS NOT NULL)
                        """).param("kept", keptId).param("merged", mergedId).update();
        if (updated != 1) {
            throw new IllegalStateException("record " + mergedId + " was merged by someone else meanwhile");
        }
        List<Long> involvements = jdbc.sql("""
                        INSERT INTO child_involvement (child_id, area_id, agency_id, team_id, user_id, started_at)
                        SELECT :kept, area_id, agency_id, team_id, user_id, :now FROM child_involvement
                         WHERE child_id = :merged AND ended_at IS NULL
                        RETURNING id
                        """)
                .param("kept", keptId)
                .param("merged", mergedId)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .list();
        long mergeId = jdbc.sql("""
                        INSERT INTO person_merge (kept_person_id, merged_person_id, reason, merged_at, merged_by, involvement_ids)
                        VALUES (:kept, :merged, :reason, :now, :user, :involvements::bigint[]) RETURNING id
                        """)
                .param("kept", keptId)
                .param("merged", mergedId)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .param("user", user.userId())
                .param(
                        "involvements",
                        "{"
                                + String.join(
                                        ",",
                                        involvements.stream()
                                                .map(String::valueOf)
                                                .toList()) + "}")
                .query(Long.class)
                .single();
        recordBoth(
                keptId,
                mergedId,
                "Record " + mergedId + " merged into record " + keptId + ": " + reason,
                ChildRecordChanged.Change.MERGED,
                user,
                now);
        return mergeId;
    }

    /** The merge's two records, if it exists and is not undone: kept then merged. */
    Optional<long[]> activeMerge(long mergeId) {
        return jdbc.sql(
                        "SELECT kept_person_id, merged_person_id FROM person_merge WHERE id = :id AND undone_at IS NULL")
                .param("id", mergeId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
    }

    /** Undoes a merge: both records stand alone again exactly as before. False when there is nothing to undo. */
    @Transactional
    boolean undo(long mergeId, String reason, HavenPrincipal user) {
        Instant now = clock.instant();
        Optional<long[]> merge = jdbc.sql("""
                        UPDATE person_merge SET undone_at = :now, undone_by = :user, undo_reason = :reason
                         WHERE id = :id AND undone_at IS NULL RETURNING kept_person_id, merged_person_id
                        """)
                .param("now", Timestamp.from(now))
                .param("user", user.userId())
                .param("reason", reason)
                .param("id", mergeId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        if (merge.isEmpty()) {
            return false;
        }
        long kept = merge.get()[0];
        long merged = merge.get()[1];
        jdbc.sql("UPDATE person SET merged_into = NULL, version = version + 1 WHERE id = :merged")
                .param("merged", merged)
                .update();
        jdbc.sql("""
                        UPDATE child_involvement SET ended_at = :now
                         WHERE id = ANY(SELECT unnest(involvement_ids) FROM person_merge WHERE id = :id) AND ended_at IS NULL
                        """).param("now", Timestamp.from(now)).param("id", mergeId).update();
        recordBoth(
                kept,
                merged,
                "Merge of record " + merged + " into record " + kept + " undone: " + reason,
                ChildRecordChanged.Change.UNMERGED,
                user,
                now);
        return true;
    }

    private void recordBoth(
            long kept,
            long merged,
            String summary,
            ChildRecordChanged.Change change,
            HavenPrincipal user,
            Instant now) {
        boolean child = jdbc.sql("SELECT kind = 'CHILD' FROM person WHERE id = :id")
                .param("id", kept)
                .query(Boolean.class)
                .single();
        for (long id : List.of(kept, merged)) {
            audit.record(
                    AuditAction.UPDATE,
                    child ? "child" : "person",
                    id,
                    child ? Optional.of(id) : Optional.empty(),
                    Optional.of(summary));
        }
        if (child) {
            events.publishEvent(new ChildRecordChanged(kept, change, summary, now, user.userId(), user.agencyId()));
        }
    }
}
