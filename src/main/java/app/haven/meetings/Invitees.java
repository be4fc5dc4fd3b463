package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a meeting invites, changed until it is held: agencies (each an attendance row, INVITED until attendance is
 * taken) and people named (their agency is invited through them). A meeting copies its group's members when arranged;
 * changing the group later leaves it as it is. An agency whose attendance has been recorded cannot be uninvited.
 * People newly named get an inbox notice; people no longer named lose theirs ({@link Invitations}).
 */
@Service
class Invitees {

    /** The agencies and people invited. */
    record Invited(List<Long> agencyIds, List<Long> userIds) {}

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Invitations invitations;
    private final AuditLog audit;

    Invitees(JdbcClient jdbc, Meetings meetings, Invitations invitations, AuditLog audit) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.invitations = invitations;
        this.audit = audit;
    }

    Invited of(long meetingId) {
        return new Invited(
                jdbc.sql("SELECT agency_id FROM meeting_attendance WHERE meeting_id = :m ORDER BY agency_id")
                        .param("m", meetingId)
                        .query(Long.class)
                        .list(),
                jdbc.sql("SELECT user_id FROM meeting_invitee WHERE meeting_id = :m ORDER BY user_id")
                        .param("m", meetingId)
                        .query(Long.class)
                        .list());
    }

    /** The names of the people invited, by agency then name. */
    List<String> named(long meetingId) {
        return jdbc.sql("""
                        SELECT u.display_name || ' (' || a.name || ')' FROM meeting_invitee i
                          JOIN user_account u ON u.id = i.user_id JOIN agency a ON a.id = u.agency_id
                         WHERE i.meeting_id = :m ORDER BY a.name, u.display_name
                        """).param("m", meetingId).query(String.class).list();
    }

    /** The agencies that would be uninvited although their attendance has been recorded. */
    List<Long> attendanceTaken(long meetingId, List<Long> keptAgencies) {
        return jdbc.sql("""
                        SELECT agency_id FROM meeting_attendance WHERE meeting_id = :m AND status <> 'INVITED'
                           AND agency_id <> ALL (CAST(:kept AS bigint[]))
                        """)
                .param("m", meetingId)
                .param("kept", keptAgencies.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    /**
     * Saves the invitees against the meeting's version ({@link MeetingRefused} when someone changed it, or when an
     * agency whose attendance was recorded would be uninvited): nothing changes then.
     */
    @Transactional
    void change(MeetingView meeting, List<Long> agencyIds, List<Long> userIds, int version) {
        if (meeting.held()) {
            throw new MeetingRefused("This meeting has been closed as held: its invitees can no longer change.");
        }
        meetings.bump(meeting.id(), version);
        Long[] agencies = jdbc.sql("""
                        SELECT DISTINCT a FROM (SELECT unnest(CAST(:agencies AS bigint[])) AS a
                               UNION SELECT agency_id FROM user_account WHERE id = ANY (CAST(:users AS bigint[]))) x
                        """)
                .param("agencies", agencyIds.toArray(Long[]::new))
                .param("users", userIds.toArray(Long[]::new))
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
        if (!attendanceTaken(meeting.id(), List.of(agencies)).isEmpty()) {
            throw new MeetingRefused("An agency whose attendance has been recorded cannot be uninvited.");
        }
        jdbc.sql("DELETE FROM meeting_attendance WHERE meeting_id = :m AND agency_id <> ALL (CAST(:a AS bigint[]))")
                .param("m", meeting.id())
                .param("a", agencies)
                .update();
        jdbc.sql("""
                        INSERT INTO meeting_attendance (meeting_id, agency_id, status)
                        SELECT :m, a, 'INVITED' FROM unnest(CAST(:a AS bigint[])) a ON CONFLICT DO NOTHING
                        """).param("m", meeting.id()).param("a", agencies).update();
        List<Long> before = of(meeting.id()).userIds();
        jdbc.sql("DELETE FROM meeting_invitee WHERE meeting_id = :m")
                .param("m", meeting.id())
                .update();
        copyPeople(meeting.id(), userIds);
        // Only people newly named are told (raising a notice again would bring back one already seen).
        invitations.invite(
                meeting,
                userIds.stream().distinct().filter(u -> !before.contains(u)).toList());
        invitations.withdraw(
                meeting.id(), before.stream().filter(u -> !userIds.contains(u)).toList());
        audit.record(AuditAction.UPDATE, "meeting", meeting.id(), meeting.childId(), Optional.of("invitees changed"));
    }

    private void copyPeople(long meetingId, List<Long> userIds) {
        jdbc.sql("""
                        INSERT INTO meeting_invitee (meeting_id, user_id)
                        SELECT DISTINCT :m, u FROM unnest(CAST(:u AS bigint[])) u ON CONFLICT DO NOTHING
                        """)
                .param("m", meetingId)
                .param("u", userIds.toArray(Long[]::new))
                .update();
    }
}
