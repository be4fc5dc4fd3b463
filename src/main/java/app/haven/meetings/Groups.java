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

/** Multi-agency groups: creating one with its members, and reading them for the user's areas. */
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
        for (long agency : group.agencyIds()) {
            jdbc.sql("INSERT INTO meeting_group_member (group_id, agency_id) VALUES (:group, :agency)")
                    .param("group", id)
                    .param("agency", agency)
                    .update();
        }
        for (long member : group.memberUserIds()) {
            jdbc.sql("""
                            INSERT INTO meeting_group_member (group_id, agency_id, user_id)
                            SELECT :group, agency_id, id FROM user_account WHERE id = :user
                            """).param("group", id).param("user", member).update();
        }
        audit.record(AuditAction.CREATE, "meeting-group", id, Optional.empty(), Optional.of("group created"));
        return id;
    }

    Optional<GroupView> find(long groupId) {
        return jdbc.sql(GROUP + " WHERE g.id = :id")
                .param("id", groupId)
                .query((rs, row) -> view(rs))
                .optional();
    }

    /** The groups of these areas and the pan-partnership ones, by name. */
    List<GroupView> forAreas(Collection<Long> areaIds) {
        return jdbc.sql(GROUP + " WHERE g.area_id IS NULL OR g.area_id IN (:areas) ORDER BY g.name")
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
                   u.display_name AS chair, coalesce(g.terms_of_reference, '') AS terms
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
                members(id));
    }

    private List<GroupView.Member> members(long groupId) {
        return jdbc.sql("""
                        SELECT m.agency_id, a.name, u.display_name FROM meeting_group_member m
                          JOIN agency a ON a.id = m.agency_id LEFT JOIN user_account u ON u.id = m.user_id
                         WHERE m.group_id = :group ORDER BY a.name, u.display_name NULLS FIRST
                        """)
                .param("group", groupId)
                .query((rs, row) ->
                        new GroupView.Member(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3))))
                .list();
    }
}
