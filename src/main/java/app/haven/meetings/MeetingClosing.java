package app.haven.meetings;

import app.haven.audit.AuditAction;
import app.haven.audit.AuditLog;
import app.haven.cases.CaseMeetings;
import app.haven.platform.HavenPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a meeting as held. Attendance must have been taken (every invited agency marked, one at least present);
 * a meeting without a quorum may still be held, with the warning kept on its minutes. Holding a planning or review
 * meeting satisfies the register's task for the child; each child discussed joins their chronology.
 */
@Service
class MeetingClosing {

    private final JdbcClient jdbc;
    private final MeetingQueries queries;
    private final Meetings meetings;
    private final CaseMeetings register;
    private final Invitations invitations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingClosing(
            JdbcClient jdbc,
            MeetingQueries queries,
            Meetings meetings,
            CaseMeetings register,
            Invitations invitations,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.meetings = meetings;
        this.register = register;
        this.invitations = invitations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void close(MeetingView meeting, int version, HavenPrincipal user) {
        List<AttendanceRow> attendance = queries.attendance(meeting.id());
        if (meeting.held()) {
            throw new MeetingRefused("This meeting has already been closed as held.");
        }
        if (attendance.isEmpty()
                || attendance.stream().anyMatch(a -> a.status().equals("INVITED"))
                || attendance.stream().noneMatch(a -> a.status().equals("PRESENT"))) {
            throw new MeetingRefused("Take the attendance before closing the meeting: mark every invited agency"
                    + " present, sent apologies or absent.");
        }
        meetings.bump(meeting.id(), version);
        jdbc.sql("UPDATE meeting SET status = 'HELD', held_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", meeting.id())
                .update();
        audit.record(AuditAction.UPDATE, "meeting", meeting.id(), meeting.childId(), Optional.of("held"));
        invitations.held(meeting.id());
        LocalDate day = LocalDate.ofInstant(meeting.startsAt(), MeetingView.LONDON);
        meeting.childId().ifPresent(child -> satisfyRegister(meeting, child, day, user));
        tellChronologies(meeting, user);
    }

    private void satisfyRegister(MeetingView meeting, long child, LocalDate day, HavenPrincipal user) {
        String satisfies = meeting.satisfies().orElse("");
        LocalDate heldOn = day.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : day;
        if (satisfies.equals("PLANNING")) {
            register.planningMeetingHeld(child, heldOn, user);
        } else if (satisfies.equals("REVIEW")) {
            String decided = String.join("; ", decisions(meeting.id(), child));
            register.reviewHeld(
                    child,
                    heldOn,
                    "Reviewed at the multi-agency review meeting on " + meeting.day()
                            + (decided.isBlank() ? "" : ". Decided: " + decided),
                    user);
        }
    }

    private void tellChronologies(MeetingView meeting, HavenPrincipal user) {
        jdbc.sql("SELECT child_id FROM agenda_item WHERE meeting_id = :id AND child_id IS NOT NULL"
                        + " AND (notes IS NOT NULL OR band_agreed IS NOT NULL OR EXISTS (SELECT 1 FROM meeting_decision"
                        + " d WHERE d.agenda_item_id = agenda_item.id)) ORDER BY position")
                .param("id", meeting.id())
                .query(Long.class)
                .list()
                .forEach(child -> events.publishEvent(new ChildDiscussed(
                        meeting.id(),
                        child,
                        meeting.groupName() + " meeting on " + meeting.day(),
                        clip(String.join("; ", decisions(meeting.id(), child))),
                        meeting.startsAt().isAfter(clock.instant()) ? clock.instant() : meeting.startsAt(),
                        user.userId(),
                        user.agencyId())));
    }

    private List<String> decisions(long meetingId, long child) {
        return jdbc.sql("""
                        SELECT d.decision FROM meeting_decision d JOIN agenda_item i ON i.id = d.agenda_item_id
                         WHERE i.meeting_id = :meeting AND i.child_id = :child ORDER BY d.id
                        """)
                .param("meeting", meetingId)
                .param("child", child)
                .query(String.class)
                .list();
    }

    private static String clip(String text) {
        return text.length() > 400 ? text.substring(0, 397) + "..." : text;
    }
}
