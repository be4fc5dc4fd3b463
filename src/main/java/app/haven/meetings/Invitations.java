package app.haven.meetings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The inbox notices of the people a meeting names as invitees: raised when they are invited (when the meeting is
 * arranged, or later on its invitees page), due on the meeting's day and leading to the meeting's page. A notice
 * clears when its invitee opens the meeting (they have seen the invitation), when they are uninvited, and when the
 * meeting is closed as held (nothing is left to prepare for). Agencies invited without a person named get no notice:
 * there is nobody to address it to. The notice names the group and the time, never a child, so it can go to an invitee
 * who may not open the child of a meeting about one.
 */
@Service
class Invitations {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Invitations(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Raises a notice in each of these people's inboxes. */
    void invite(MeetingView meeting, Collection<Long> userIds) {
        LocalDate day = LocalDate.ofInstant(meeting.startsAt(), MeetingView.LONDON);
        String title = clip("Meeting invitation: " + meeting.groupName() + ", " + meeting.when());
        userIds.forEach(user -> events.publishEvent(new MeetingTask(
                key(meeting.id(), user),
                title,
                Optional.empty(),
                Optional.of(user),
                Optional.empty(),
                day,
                "/meetings/" + meeting.id(),
                Optional.empty())));
    }

    /** Clears the notices of people no longer invited. */
    void withdraw(long meetingId, Collection<Long> userIds) {
        userIds.forEach(user -> events.publishEvent(new MeetingTaskDone(key(meetingId, user))));
    }

    /** The invitee opened the meeting: their notice has done its work. */
    void seen(long meetingId, long userId) {
        events.publishEvent(new MeetingTaskDone(key(meetingId, userId)));
    }

    /** The meeting was held: every invitee's notice clears. */
    void held(long meetingId) {
        withdraw(
                meetingId,
                jdbc.sql("SELECT user_id FROM meeting_invitee WHERE meeting_id = :m")
                        .param("m", meetingId)
                        .query(Long.class)
                        .list());
    }

    static String key(long meetingId, long userId) {
        return "meeting-invitation:" + meetingId + ":" + userId;
    }

    private static String clip(String title) {
        return title.length() > 200 ? title.substring(0, 197) + "..." : title;
    }
}
