package app.haven.disruption;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox tasks of a measure: before it expires (from the lead time set for the partnership), to the issuing officer
 * and the CSE coordinators of the area as they were when it was recorded; after a breach, to the same people. Renewing
 * moves their tasks; ending closes them.
 */
@Component
class MeasureAlerts {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final DisruptionCatalogue catalogue;

    MeasureAlerts(JdbcClient jdbc, ApplicationEventPublisher events, DisruptionCatalogue catalogue) {
        this.jdbc = jdbc;
        this.events = events;
        this.catalogue = catalogue;
    }

    /** Chooses who is told about this measure (the officer and the area's coordinators) and remembers them. */
    void chooseRecipients(long measureId, long officerId, long areaId) {
        jdbc.sql("""
                        INSERT INTO disruption_measure_alert (measure_id, user_id)
                        SELECT :measure, :officer
                        UNION
                        SELECT :measure, u.id FROM user_account u JOIN user_area ua ON ua.user_id = u.id
                          JOIN user_role ur ON ur.user_id = u.id
                         WHERE u.enabled AND ua.area_id = :area AND ur.role_code = 'CSE_COORDINATOR'
                        """)
                .param("measure", measureId)
                .param("officer", officerId)
                .param("area", areaId)
                .update();
    }

    /** Raises (or moves) each recipient's task before the expiry. */
    void expiresOn(long measureId, String typeLabel, LocalDate expiresOn) {
        int lead = catalogue.expiryLeadDays();
        for (long user : recipients(measureId)) {
            events.publishEvent(DisruptionTask.expiry(measureId, typeLabel, user, expiresOn, lead));
        }
    }

    void breached(long measureId, long breachId, String typeLabel, LocalDate today) {
        for (long user : recipients(measureId)) {
            events.publishEvent(DisruptionTask.breach(measureId, breachId, typeLabel, user, today));
        }
    }

    void ended(long measureId) {
        for (long user : recipients(measureId)) {
            events.publishEvent(new DisruptionTask.Done(DisruptionTask.expiryKey(measureId, user)));
        }
    }

    private List<Long> recipients(long measureId) {
        return jdbc.sql("SELECT user_id FROM disruption_measure_alert WHERE measure_id = :id ORDER BY user_id")
                .param("id", measureId)
                .query(Long.class)
                .list();
    }
}
