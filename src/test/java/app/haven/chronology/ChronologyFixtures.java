package app.haven.chronology;

import app.haven.identity.ChildInvolvements;
import app.haven.identity.TestAccounts;
import app.haven.platform.ChildTimelineEvent;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Children, involvements and timeline events for the chronology's tests. People are inserted with SQL (the columns
 * of V40), so these tests do not depend on the people module's forms; events go through Spring's publisher inside
 * a transaction, as a publishing module's would.
 */
@Component
class ChronologyFixtures {

    private final JdbcClient jdbc;
    private final ChildInvolvements involvements;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    ChronologyFixtures(
            JdbcClient jdbc,
            ChildInvolvements involvements,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.involvements = involvements;
        this.events = events;
        this.transactions = transactions;
    }

    /** A child's record with a legal name and date of birth. */
    long child(String given, String family, LocalDate dateOfBirth) {
        return person("CHILD", given, family, dateOfBirth);
    }

    long adult(String given, String family, LocalDate dateOfBirth) {
        return person("ADULT", given, family, dateOfBirth);
    }

    private long person(String kind, String given, String family, LocalDate dateOfBirth) {
        long id = jdbc.sql("""
                        INSERT INTO person (kind, date_of_birth, sex, created_at)
                        VALUES (:kind, :dob, 'FEMALE', now()) RETURNING id
                        """)
                .param("kind", kind)
                .param("dob", Date.valueOf(dateOfBirth))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)
                        VALUES (:id, 'LEGAL', :given, :family, now())
                        """)
                .param("id", id)
                .param("given", given)
                .param("family", family)
                .update();
        return id;
    }

    /** Makes the account's holder the child's named worker, which every scope but aggregates-only reaches. */
    void involve(long childId, TestAccounts.Account account) {
        involvements.start(childId, areaOf(account), agencyOf(account), Optional.empty(), Optional.of(account.id()));
    }

    long agencyOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    private long areaOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id ORDER BY area_id LIMIT 1")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    /** Publishes the events in one committed transaction. */
    void publish(ChildTimelineEvent... timeline) {
        transactions.executeWithoutResult(status -> List.of(timeline).forEach(events::publishEvent));
    }

    /** Publishes the events in a transaction that then rolls back, as a failed change would. */
    void publishAndRollBack(ChildTimelineEvent... timeline) {
        transactions.executeWithoutResult(status -> {
            List.of(timeline).forEach(events::publishEvent);
            status.setRollbackOnly();
        });
    }

    void merge(long duplicate, long kept) {
        jdbc.sql("UPDATE person SET merged_into = :kept WHERE id = :id")
                .param("kept", kept)
                .param("id", duplicate)
                .update();
    }

    /** The stored entries of one record, oldest id first. */
    List<Map<String, Object>> entries(long childId) {
        return jdbc.sql("SELECT * FROM chronology_entry WHERE child_id = :child ORDER BY id")
                .param("child", childId)
                .query()
                .listOfRows();
    }

    long entryId(long childId, String summary) {
        return jdbc.sql("SELECT id FROM chronology_entry WHERE child_id = :child AND summary = :summary")
                .param("child", childId)
                .param("summary", summary)
                .query(Long.class)
                .single();
    }

    /** Audit entries about this child since a given audit id, as action/subject pairs. */
    List<String> auditSince(long afterId, long childId) {
        return jdbc.sql("""
                        SELECT action || ' ' || subject_type FROM audit_event
                         WHERE id > :after AND child_id = :child ORDER BY id
                        """)
                .param("after", afterId)
                .param("child", childId)
                .query(String.class)
                .list();
    }

    long lastAuditId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }

    static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }
}
