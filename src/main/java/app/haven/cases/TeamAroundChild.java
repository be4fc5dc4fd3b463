package app.haven.cases;

import app.haven.identity.ChildInvolvements;
import app.haven.identity.Workforce;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team around the child: professionals from several agencies, each with their role. Joining opens the child's
 * record to the member (a child involvement for their agency, team and themselves); leaving ends it.
 */
@Service
class TeamAroundChild {

    static final String LEAD_ROLE = "Lead professional";

    private final JdbcClient jdbc;
    private final ChildInvolvements involvements;
    private final Workforce workforce;
    private final CaseJournal journal;
    private final Clock clock;

    TeamAroundChild(
            JdbcClient jdbc, ChildInvolvements involvements, Workforce workforce, CaseJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.involvements = involvements;
        this.workforce = workforce;
        this.journal = journal;
        this.clock = clock;
    }

    /** Adds a member; false if they are already in the team or are not a user. */
    @Transactional
    boolean add(CaseRef ref, long userId, String role, HavenPrincipal by) {
        Optional<Workforce.Colleague> colleague = workforce.find(userId);
        if (colleague.isEmpty() || isTeamMember(ref.caseId(), userId)) {
            return false;
        }
        long involvement = involvements.start(
                ref.childId(), ref.areaId(), colleague.get().agencyId(), workforce.teamOf(userId), Optional.of(userId));
        long id = jdbc.sql("""
                        INSERT INTO case_team_member (case_id, user_id, role, involvement_id, added_at, added_by)
                        VALUES (:case, :user, :role, :involvement, :now, :by) RETURNING id
                        """)
                .param("case", ref.caseId())
                .param("user", userId)
                .param("role", role)
                .param("involvement", involvement)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by.userId())
                .query(Long.class)
                .single();
        journal.step(
                ref,
                "case-team-member",
                id,
                "cases.team-changed",
                "Team around the child changed",
                colleague.get().agencyName() + " joined the team around the child as " + role,
                false,
                by);
        return true;
    }

    /** The lead professional changes: the previous lead stays in the team as a member, the new one leads it. */
    @Transactional
    void handOverLead(CaseRef ref, long newLead, HavenPrincipal by) {
        jdbc.sql("UPDATE case_team_member SET role = 'Team member' WHERE case_id = :case AND role = :lead"
                        + " AND removed_at IS NULL")
                .param("case", ref.caseId())
                .param("lead", LEAD_ROLE)
                .update();
        int promoted = jdbc.sql("UPDATE case_team_member SET role = :lead WHERE case_id = :case AND user_id = :user"
                        + " AND removed_at IS NULL")
                .param("lead", LEAD_ROLE)
                .param("case", ref.caseId())
                .param("user", newLead)
                .update();
        if (promoted == 0) {
            add(ref, newLead, LEAD_ROLE, by);
        }
    }

    /** Removes a member (not the lead professional, who is changed instead); false if there is no such member. */
    @Transactional
    boolean remove(CaseRef ref, long memberId, HavenPrincipal by) {
        Optional<TeamMember> member =
                current(ref.caseId()).stream().filter(m -> m.id() == memberId).findFirst();
        if (member.isEmpty() || member.get().userId() == ref.leadUserId()) {
            return false;
        }
        Long involvement = jdbc.sql("""
                        UPDATE case_team_member SET removed_at = :now, removed_by = :by
                         WHERE id = :id AND removed_at IS NULL RETURNING involvement_id
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", by.userId())
                .param("id", memberId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (involvement == null) {
            return false;
        }
        involvements.end(involvement);
        journal.step(
                ref,
                "case-team-member",
                memberId,
                "cases.team-changed",
                "Team around the child changed",
                member.get().agency() + " (" + member.get().role() + ") left the team around the child",
                false,
                by);
        return true;
    }

    /**
     * Until when members other than the lead professional may open the child's record: some days after the case
     * closes (a setting, default 28); empty when it reopens. The lead's involvement, which carries the case-holding
     * agency, is untouched, and every member's agency still shows as knowing the child.
     */
    void limitMembersAccess(CaseRef ref, Optional<Instant> until) {
        List<Long> involvements =
                jdbc.sql("""
                        SELECT m.involvement_id FROM case_team_member m JOIN child_case c ON c.id = m.case_id
                         WHERE m.case_id = :case AND m.removed_at IS NULL AND m.user_id <> c.lead_user_id
                           AND m.involvement_id IS NOT NULL
                        """).param("case", ref.caseId()).query(Long.class).list();
        this.involvements.limitAccess(involvements, until);
    }

    List<TeamMember> current(long caseId) {
        return jdbc.sql("""
                        SELECT m.id, m.user_id, u.display_name, a.name, m.role FROM case_team_member m
                          JOIN user_account u ON u.id = m.user_id JOIN agency a ON a.id = u.agency_id
                         WHERE m.case_id = :case AND m.removed_at IS NULL
                         ORDER BY m.role <> :lead, a.name, u.display_name
                        """)
                .param("case", caseId)
                .param("lead", LEAD_ROLE)
                .query((rs, row) ->
                        new TeamMember(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private boolean isTeamMember(long caseId, long userId) {
        return jdbc.sql("SELECT count(*) FROM case_team_member WHERE case_id = :case AND user_id = :user"
                                + " AND removed_at IS NULL")
                        .param("case", caseId)
                        .param("user", userId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
