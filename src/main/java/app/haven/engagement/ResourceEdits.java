package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Date;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' changes to a resource's words, choices, review date or file. A save names the version the editor opened;
 * a published resource's changes reach the public pages when the save commits, and its review reminders move to the
 * new date.
 */
@Service
class ResourceEdits {

    /** What an edit did: saved or not (someone changed the resource first), and the file a new one replaced. */
    record Edit(boolean saved, Optional<String> replacedFileKey) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EngagementScope scope;
    private final PublicContent publicContent;
    private final ResourceReviewReminders reminders;

    ResourceEdits(
            JdbcClient jdbc,
            AuditLog audit,
            EngagementScope scope,
            PublicContent publicContent,
            ResourceReviewReminders reminders) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.publicContent = publicContent;
        this.reminders = reminders;
    }

    /**
     * Saves an editor's changes to a draft or published resource, if it is still at the version they opened and in one
     * of their areas; otherwise nothing changes (and nothing is audited). A new file replaces the old one.
     */
    @Transactional
    Edit update(
            long id, int version, ResourceForm.Checked r, Optional<Resources.StoredFile> file, HavenPrincipal user) {
        Optional<Current> current = jdbc.sql("""
                        SELECT status, area_id, file_key FROM engagement_resource
                         WHERE id = :id AND version = :version AND status IN ('DRAFT', 'PUBLISHED') AND area_id IN (:areas)
                           FOR UPDATE
                        """)
                .param("id", id)
                .param("version", version)
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> new Current(
                        rs.getString("status"), rs.getLong("area_id"), Optional.ofNullable(rs.getString("file_key"))))
                .optional();
        if (current.isEmpty()) {
            return new Edit(false, Optional.empty());
        }
        jdbc.sql("""
                        UPDATE engagement_resource SET kind = :kind, title = :title, summary = :summary, link_url = :link,
                               campaign = :campaign, co_produced = :coProduced, review_on = :review,
                               file_key = coalesce(:key, file_key), file_name = coalesce(:name, file_name),
                               file_type = coalesce(:type, file_type), file_size = coalesce(:size, file_size),
                               version = version + 1
                         WHERE id = :id
                        """)
                .param("id", id)
                .param("kind", r.kind())
                .param("title", r.title())
                .param("summary", r.summary())
                .param("link", r.linkUrl().orElse(null))
                .param("campaign", r.campaign().orElse(null))
                .param("coProduced", r.coProduced())
                .param("review", Date.valueOf(r.reviewOn()))
                .param("key", file.map(Resources.StoredFile::key).orElse(null))
                .param("name", file.map(Resources.StoredFile::name).orElse(null))
                .param("type", file.map(Resources.StoredFile::type).orElse(null))
                .param("size", file.map(f -> (int) f.size()).orElse(null))
                .update();
        jdbc.sql("DELETE FROM engagement_resource_audience WHERE resource_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM engagement_resource_topic WHERE resource_id = :id")
                .param("id", id)
                .update();
        Resources.saveChoices(jdbc, id, r);
        if ("PUBLISHED".equals(current.get().status())) {
            publicContent.changed();
            reminders.remind(id, current.get().areaId(), r.title(), r.reviewOn());
        }
        audit.record(AuditAction.UPDATE, "resource", id, Optional.empty(), Optional.of("edited"));
        return new Edit(true, file.isPresent() ? current.get().fileKey() : Optional.empty());
    }

    private record Current(String status, long areaId, Optional<String> fileKey) {}
}
