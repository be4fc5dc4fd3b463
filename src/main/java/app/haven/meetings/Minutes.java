package app.haven.meetings;

import app.haven.platform.HavenPrincipal;
import java.util.List;
import org.springframework.stereotype.Service;

/** Assembles a meeting's minutes for one reader, with record scope applied in the queries it uses. */
@Service
class Minutes {

    private final MeetingQueries meetings;
    private final AgendaQueries agenda;
    private final ActionQueries actions;
    private final MeetingSettings settings;

    Minutes(MeetingQueries meetings, AgendaQueries agenda, ActionQueries actions, MeetingSettings settings) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.actions = actions;
        this.settings = settings;
    }

    MinutesView of(MeetingView meeting, HavenPrincipal user) {
        List<AttendanceRow> attendance = meetings.attendance(meeting.id());
        List<AgendaItemView> items = agenda.items(meeting.id(), user);
        List<AgendaItemView> shown = items.stream().filter(i -> !i.hidden()).toList();
        return new MinutesView(
                meeting,
                attendance,
                Quorum.of(
                        attendance.stream().map(AttendanceRow::status).toList(),
                        settings.current().quorumAgencies()),
                shown,
                // Only children are counted: an item about a person of concern or place the reader may not see in
                // intelligence is left out without a word, since its existence is itself intelligence.
                (int) items.stream()
                        .filter(i -> i.hidden() && i.kind().equals("CHILD"))
                        .count(),
                actions.ofMeeting(meeting.id(), user).stream()
                        .filter(a -> !a.hidden())
                        .toList());
    }
}
