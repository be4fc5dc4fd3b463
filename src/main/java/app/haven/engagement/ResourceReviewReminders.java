package app.haven.engagement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminds the editors of a published resource's area to check it by its review date, through the inbox
 * ({@link ResourceReviewDue}), in the transaction that publishes or edits it; withdrawing it closes the reminders.
 * The editors told are remembered, so exactly their tasks are moved or closed later.
 */
@Component
class ResourceReviewReminders {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ResourceReviewReminders(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Reminds the area's editors now, and anyone reminded before, to review by {@code reviewOn}. */
    void remind(long resourceId, long areaId, String title, LocalDate reviewOn) {
        jdbc.sql("""
                        INSERT INTO engagement_review_reminder (resource_id, user_id)
                        SELECT DISTINCT :resource, u.id FROM user_account u JOIN user_area ua ON ua.user_id = u.id
                         WHERE u.enabled AND ua.area_id = :area
                           AND EXISTS (SELECT 1 FROM user_role ur JOIN role_permission rp ON rp.role_code = ur.role_code
                                        WHERE ur.user_id = u.id AND rp.permission_code = 'EDIT_RESOURCES')
                        ON CONFLICT DO NOTHING
                        """).param("resource", resourceId).param("area", areaId).update();
        for (long editor : told(resourceId)) {
            events.publishEvent(ResourceReviewDue.of(resourceId, title, reviewOn, editor));
        }
    }

    /** The resource is no longer published: nobody need review it. */
    void stop(long resourceId) {
        for (long editor : told(resourceId)) {
            events.publishEvent(ResourceReviewDue.done(resourceId, editor));
        }
        jdbc.sql("DELETE FROM engagement_review_reminder WHERE resource_id = :resource")
                .param("resource", resourceId)
                .update();
    }

    private List<Long> told(long resourceId) {
        return jdbc.sql("SELECT user_id FROM engagement_review_reminder WHERE resource_id = :resource ORDER BY user_id")
                .param("resource", resourceId)
                .query(Long.class)
                .list();
    }
}
