package app.haven.engagement;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awareness resources: written as drafts by an area's editors, published to the public pages, withdrawn when out of
 * date. A move between states names the version the editor saw, so a stale click changes nothing.
 */
@Service
class Resources {

    static final String SELECT = """
            SELECT r.*, a.name AS area_name,
                   ARRAY(SELECT audience FROM engagement_resource_audience WHERE resource_id = r.id ORDER BY audience) AS audiences,
                   ARRAY(SELECT topic FROM engagement_resource_topic WHERE resource_id = r.id ORDER BY topic) AS topics
              FROM engagement_resource r JOIN area a ON a.id = r.area_id
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EngagementScope scope;
    private final Clock clock;
    private final PublicContent publicContent;
    private final ResourceReviewReminders reminders;

    Resources(
            JdbcClient jdbc,
            AuditLog audit,
            EngagementScope scope,
            Clock clock,
            PublicContent publicContent,
            ResourceReviewReminders reminders) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
        this.publicContent = publicContent;
        this.reminders = reminders;
    }

    /** A file already stored by {@link ResourceFiles}, to attach. */
    record StoredFile(String key, String name, String type, long size) {}

    @Transactional
    long create(ResourceForm.Checked r, long areaId, Optional<StoredFile> file, HavenPrincipal user) {
        if (!scope.areaIds(user).contains(areaId)) {
            throw new IllegalArgumentException("area outside the user's areas");
        }
        long id = jdbc.sql("""
                        INSERT INTO engagement_resource (area_id, kind, title, summary, link_url, campaign, co_produced,
                               review_on, file_key, file_name, file_type, file_size, created_by, created_at)
                        VALUES (:area, :kind, :title, :summary, :link, :campaign, :coProduced, :review, :key, :name,
                                :type, :size, :user, :now)
                        RETURNING id
                        """)
                .param("area", areaId)
                .param("kind", r.kind())
                .param("title", r.title())
                .param("summary", r.summary())
                .param("link", r.linkUrl().orElse(null))
                .param("campaign", r.campaign().orElse(null))
                .param("coProduced", r.coProduced())
                .param("review", Date.valueOf(r.reviewOn()))
                .param("key", file.map(StoredFile::key).orElse(null))
                .param("name", file.map(StoredFile::name).orElse(null))
                .param("type", file.map(StoredFile::type).orElse(null))
                .param("size", file.map(f -> (int) f.size()).orElse(null))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        saveChoices(jdbc, id, r);
        audit.record(AuditAction.CREATE, "resource", id, Optional.empty(), Optional.of("draft"));
        return id;
    }

    /**
     * Publishes a draft or withdraws a published resource, if it is still at the version the editor saw and in one of
     * their areas; false (and nothing changed or audited) otherwise.
     */
    @Transactional
    boolean move(long id, int version, String from, String to, HavenPrincipal user) {
        String stamp = "PUBLISHED".equals(to) ? "published_at" : "withdrawn_at";
        int updated = jdbc.sql("UPDATE engagement_resource SET status = :to, " + stamp
                        + " = :now, version = version + 1 WHERE id = :id AND version = :version AND status = :from"
                        + " AND area_id IN (:areas)")
                .param("to", to)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("version", version)
                .param("from", from)
                .param("areas", scope.areaIds(user))
                .update();
        if (updated == 0) {
            return false;
        }
        publicContent.changed();
        if ("PUBLISHED".equals(to)) {
            ResourceView published = editable(id, user).orElseThrow();
            reminders.remind(id, areaOf(id), published.title(), published.reviewOn());
        } else {
            reminders.stop(id);
        }
        audit.record(AuditAction.UPDATE, "resource", id, Optional.empty(), Optional.of(to.toLowerCase()));
        return true;
    }

    private long areaOf(long id) {
        return jdbc.sql("SELECT area_id FROM engagement_resource WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** Saves a resource's audiences and topics (also after an edit, by {@link ResourceEdits}). */
    static void saveChoices(JdbcClient jdbc, long id, ResourceForm.Checked r) {
        for (String audience : r.audiences()) {
            jdbc.sql("INSERT INTO engagement_resource_audience (resource_id, audience) VALUES (:id, :a)")
                    .param("id", id)
                    .param("a", audience)
                    .update();
        }
        for (String topic : r.topics()) {
            jdbc.sql("INSERT INTO engagement_resource_topic (resource_id, topic) VALUES (:id, :t)")
                    .param("id", id)
                    .param("t", topic)
                    .update();
        }
    }

    /** A resource of one of the user's areas, in any state. */
    Optional<ResourceView> editable(long id, HavenPrincipal user) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND r.area_id IN (:areas)")
                .param("id", id)
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** The resources of the user's areas, drafts first, then by title. */
    List<ResourceView> ofAreas(HavenPrincipal user) {
        return jdbc.sql(SELECT + """
                         WHERE r.area_id IN (:areas)
                         ORDER BY CASE r.status WHEN 'DRAFT' THEN 0 WHEN 'PUBLISHED' THEN 1 ELSE 2 END, r.title, r.id
                        """)
                .param("areas", scope.areaIds(user))
                .query((rs, n) -> view(rs))
                .list();
    }

    /** The stored file of a published resource. */
    Optional<StoredFile> publishedFile(long id) {
        return jdbc.sql("SELECT file_key, file_name, file_type, file_size FROM engagement_resource"
                        + " WHERE id = :id AND status = 'PUBLISHED' AND file_key IS NOT NULL")
                .param("id", id)
                .query((rs, n) -> new StoredFile(
                        rs.getString("file_key"),
                        rs.getString("file_name"),
                        rs.getString("file_type"),
                        rs.getLong("file_size")))
                .optional();
    }

    static ResourceView view(ResultSet rs) throws SQLException {
        return new ResourceView(
                rs.getLong("id"),
                rs.getString("area_name"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("summary"),
                Optional.ofNullable(rs.getString("link_url")),
                Optional.ofNullable(rs.getString("campaign")),
                rs.getBoolean("co_produced"),
                rs.getDate("review_on").toLocalDate(),
                rs.getString("status"),
                strings(rs.getArray("audiences")),
                strings(rs.getArray("topics")),
                Optional.ofNullable(rs.getString("file_name")),
                rs.getLong("file_size"),
                rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
