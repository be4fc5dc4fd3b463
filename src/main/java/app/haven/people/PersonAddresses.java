package app.haven.people;

import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Address history: addresses are added with dates and ended when the person moves, never deleted. */
@Service
class PersonAddresses {

    private final JdbcClient jdbc;
    private final RecordChanges changes;
    private final Clock clock;

    PersonAddresses(JdbcClient jdbc, RecordChanges changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
    }

    record NewAddress(
            String line1,
            Optional<String> line2,
            String town,
            Optional<String> postcode,
            LocalDate from,
            Optional<LocalDate> to) {}

    @Transactional
    void add(long personId, NewAddress address, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO person_address (person_id, line1, line2, town, postcode, from_date, to_date, added_at, added_by)
                        VALUES (:person, :line1, :line2, :town, :postcode, :from, :to, :now, :user) RETURNING id
                        """)
                .param("person", personId)
                .param("line1", address.line1())
                .param("line2", address.line2().orElse(null))
                .param("town", address.town())
                .param("postcode", address.postcode().orElse(null))
                .param("from", Date.valueOf(address.from()))
                .param("to", address.to().map(Date::valueOf).orElse(null))
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .query(Long.class)
                .single();
        changes.changed(
                personId,
                "person-address",
                id,
                ChildRecordChanged.Change.ADDRESS_CHANGED,
                "Address added: " + address.town() + ", from " + PersonRecordQueries.WHEN.format(address.from()),
                user);
    }

    /** Ends a current address on a date not before it began; false when there is no such current address. */
    @Transactional
    boolean end(long personId, long addressId, LocalDate to, HavenPrincipal user) {
        int ended = jdbc.sql("""
                        UPDATE person_address SET to_date = :to
                         WHERE id = :id AND person_id = :person AND to_date IS NULL AND from_date <= :to
                        """)
                .param("to", Date.valueOf(to))
                .param("id", addressId)
                .param("person", personId)
                .update();
        if (ended == 1) {
            changes.changed(
                    personId,
                    "person-address",
                    addressId,
                    ChildRecordChanged.Change.ADDRESS_CHANGED,
                    "Moved out of an address on " + PersonRecordQueries.WHEN.format(to),
                    user);
        }
        return ended == 1;
    }

    Optional<LocalDate> startOf(long personId, long addressId) {
        return jdbc.sql(
                        "SELECT from_date FROM person_address WHERE id = :id AND person_id = :person AND to_date IS NULL")
                .param("id", addressId)
                .param("person", personId)
                .query(Date.class)
                .optional()
                .map(Date::toLocalDate);
    }
}
