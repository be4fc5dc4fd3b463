package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Multi-agency groups: setting one up with its members, changing and retiring it, and reading them. */
@Service
class Groups {

    /** What the coordinator chose: members are agencies, each perhaps with a named person. */
    record NewGroup(
            Optional<Long> areaId,
            String name,
            long chairUserId,
            String termsOfReference,
            List<Long> agencyIds,
            List<Long> memberUserIds) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    Groups(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long create(NewGroup group, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO meeting_group (area_id, name, chair_user_id, terms_of_reference, created_by, created_at)
                        VALUES (:area, :name, :chair, :terms, :user, :now) RETURNING id
                        """)
                .param("area", group.areaId().orElse(null))
                .param("name", group.name())
                .param("chair", group.chairUserId())
                .param("terms", group.termsOfReference().isBlank() ? null : group.termsOfReference())
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        addMembers(id, group.agencyIds(), group.memberUserIds());
        audit.record(AuditAction.CREATE, "meeting-group", id, Optional.empty(), Optional.of("group created"));
        return id;
    }

    /**
     * Changes the group's name, chair, terms of reference and members if nobody changed it since {@code version}
     * was read; false (nothing changed) when someone did. The area never changes: its meetings and their children
     * belong to it. Members are replaced; meetings already arranged keep the invitees they have.
     */
    @Transactional
    boolean change(long groupId, NewGroup group, int version) {
        int updated = jdbc.sql("""
                        UPDATE meeting_group SET name = :name, chair_user_id = :chair, terms_of_reference = :terms,
                               version = version + 1
                         WHERE id = :id AND version = :version AND retired_at IS NULL
                        """)
                .param("name", group.name())
                .param("chair", group.chairUserId())
                .param("terms", group.termsOfReference().isBlank() ? null : group.termsOfReference())
                .param("id", groupId)
                .param("version", version)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM meeting_group_member WHERE group_id = :group")
                .param("group", groupId)
                .update();
        addMembers(groupId, group.agencyIds(), group.memberUserIds());
        audit.record(AuditAction.UPDATE, "meeting-group", groupId, Optional.empty(), Optional.of("group changed"));
        return true;
    }

    /** Retires the group (never deleted): false when it changed since {@code version} was read or is retired. */
    @Transactional
    boolean retire(long groupId, int version, HavenPrincipal user) {
        int updated = jdbc.sql("""
                        UPDATE meeting_group SET retired_at = :now, retired_by = :user, version = version + 1
                         WHERE id = :id AND version = :version AND retired_at IS NULL
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .param("id", groupId)
                .param("version", version)
                .update();
        if (updated == 1) {
            audit.record(AuditAction.UPDATE, "meeting-group", groupId, Optional.empty(), Optional.of("group retired"));
        }
        return updated == 1;
    }

    /** Each agency chosen, then each named person (whose agency is invited through them). */
    private void addMembers(long groupId, List<Long> agencyIds, List<Long> memberUserIds) {
        jdbc.sql("""
                        INSERT INTO meeting_group_member (group_id, agency_id)
                        SELECT DISTINCT :group, a FROM unnest(CAST(:agencies AS bigint[])) a
                        """)
                .param("group", groupId)
                .param("agencies", agencyIds.toArray(Long[]::new))
                .update();
        jdbc.sql("""
                        INSERT INTO meeting_group_member (group_id, agency_id, user_id)
                        SELECT DISTINCT :group, agency_id, id FROM user_account WHERE id = ANY (CAST(:users AS bigint[]))
                        """)
                .param("group", groupId)
                .param("users", memberUserIds.toArray(Long[]::new))
                .update();
    }

    Optional<GroupView> find(long groupId) {
        return jdbc.sql(GROUP + " WHERE g.id = :id")
                .param("id", groupId)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** The groups of these areas and the pan-partnership ones, by name, retired groups last. */
    List<GroupView> forAreas(Collection<Long> areaIds) {
        return jdbc.sql(GROUP + " WHERE g.area_id IS NULL OR g.area_id IN (:areas)"
                        + " ORDER BY g.retired_at IS NOT NULL, g.name")
                .param("areas", areaIds.isEmpty() ? List.of(-1L) : List.copyOf(areaIds))
                .query((rs, row) -> view(rs))
                .list();
    }

    /** The agencies a meeting of the group invites: every member's agency once. */
    List<Long> invitedAgencies(long groupId) {
        return jdbc.sql("SELECT DISTINCT agency_id FROM meeting_group_member WHERE group_id = :group")
                .param("group", groupId)
                .query(Long.class)
                .list();
    }

    private static final String GROUP = """
            SELECT g.id, g.name, g.area_id, coalesce(a.name, 'Pan-partnership') AS area, g.chair_user_id,
                   u.display_name AS chair, coalesce(g.terms_of_reference, '') AS terms,
                   g.retired_at IS NOT NULL AS retired, g.version
              FROM meeting_group g JOIN user_account u ON u.id = g.chair_user_id LEFT JOIN area a ON a.id = g.area_id
            """;

    private GroupView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new GroupView(
                id,
                rs.getString("name"),
                Optional.ofNullable(rs.getObject("area_id", Long.class)),
                rs.getString("area"),
                rs.getLong("chair_user_id"),
                rs.getString("chair"),
                rs.getString("terms"),
                members(id),
                rs.getBoolean("retired"),
                rs.getInt("version"));
    }

    private List<GroupView.Member> members(long groupId) {
        return jdbc.sql("""
                        SELECT m.agency_id, a.name, m.user_id, u.display_name FROM meeting_group_member m
                          JOIN agency a ON a.id = m.agency_id LEFT JOIN user_account u ON u.id = m.user_id
                         WHERE m.group_id = :group ORDER BY a.name, u.display_name NULLS FIRST
                        """)
                .param("group", groupId)
                .query((rs, row) -> new GroupView.Member(
                        rs.getLong(1),
                        rs.getString(2),
                        Optional.ofNullable(rs.getObject(3, Long.class)),
                        Optional.ofNullable(rs.getString(4))))
                .list();
    }
}
