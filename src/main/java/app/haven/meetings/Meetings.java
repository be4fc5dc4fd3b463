package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling a group's meeting (its agenda builds at once) and taking attendance. A meeting looks back to the
 * group's previous meeting, or a month when it is the first, for what is new.
 */
@Service
class Meetings {

    /** What the coordinator chose for a new meeting. */
    record NewMeeting(
            String typeCode,
            Optional<Long> childId,
            Instant startsAt,
            Optional<String> place,
            boolean online,
            long chairUserId) {}

    /** One agency's attendance as taken. */
    record Attendance(String status, String names) {}

    private final JdbcClient jdbc;
    private final MeetingQueries queries;
    private final Groups groups;
    private final Agenda agenda;
    private final Invitations invitations;
    private final AuditLog audit;
    private final Clock clock;

    Meetings(
            JdbcClient jdbc,
            MeetingQueries queries,
            Groups groups,
            Agenda agenda,
            Invitations invitations,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.groups = groups;
        this.agenda = agenda;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    long schedule(GroupView group, NewMeeting meeting, HavenPrincipal user) {
        long id = jdbc.sql("""
                        INSERT INTO meeting (group_id, type_code, area_id, child_id, starts_at, place, online,
                               chair_user_id, period_from, created_by, created_at)
                        VALUES (:group, :type, :area, :child, :starts, :place, :online, :chair,
                                coalesce((SELECT max(starts_at) FROM meeting WHERE group_id = :group AND starts_at < :starts),
                                         :monthBefore), :user, :now)
                        RETURNING id
                        """)
                .param("group", group.id())
                .param("type", meeting.typeCode())
                .param("area", group.areaId().orElse(null))
                .param("child", meeting.childId().orElse(null))
                .param("starts", Timestamp.from(meeting.startsAt()))
                .param("place", meeting.place().orElse(null))
                .param("online", meeting.online())
                .param("chair", meeting.chairUserId())
                .param("monthBefore", Timestamp.from(meeting.startsAt().minus(30, ChronoUnit.DAYS)))
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (long agency : groups.invitedAgencies(group.id())) {
            jdbc.sql("INSERT INTO meeting_attendance (meeting_id, agency_id, status) VALUES (:m, :a, 'INVITED')")
                    .param("m", id)
                    .param("a", agency)
                    .update();
        }
        List<Long> named = jdbc.sql("""
                        INSERT INTO meeting_invitee (meeting_id, user_id)
                        SELECT DISTINCT :m, user_id FROM meeting_group_member WHERE group_id = :g AND user_id IS NOT NULL
                        RETURNING user_id
                        """)
                .param("m", id)
                .param("g", group.id())
                .query(Long.class)
                .list();
        MeetingView arranged = queries.find(id).orElseThrow();
        agenda.build(arranged);
        invitations.invite(arranged, named);
        audit.record(AuditAction.CREATE, "meeting", id, meeting.childId(), Optional.of("meeting arranged"));
        return id;
    }

    /** Saves the attendance of every invited agency, unless the meeting changed since the form was read. */
    @Transactional
    void takeAttendance(MeetingView meeting, Map<Long, Attendance> taken, int version, HavenPrincipal user) {
        bump(meeting.id(), version);
        taken.forEach((agency, attendance) -> jdbc.sql("""
                        UPDATE meeting_attendance SET status = :status, names = :names, recorded_by = :user,
                               recorded_at = :now
                         WHERE meeting_id = :meeting AND agency_id = :agency
                        """)
                .param("status", attendance.status())
                .param("names", attendance.names().isBlank() ? null : attendance.names())
                .param("user", user.userId())
                .param("now", Timestamp.from(clock.instant()))
                .param("meeting", meeting.id())
                .param("agency", agency)
                .update());
        audit.record(AuditAction.UPDATE, "meeting", meeting.id(), meeting.childId(), Optional.of("attendance taken"));
    }

    /** Moves the meeting's version on, or refuses when someone else changed it since the form was read. */
    void bump(long meetingId, int version) {
        int updated = jdbc.sql("UPDATE meeting SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", meetingId)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new MeetingRefused("Someone else changed this meeting while you were working on it. Nothing of"
                    + " yours was saved: check the meeting below and try again.");
        }
    }
}
