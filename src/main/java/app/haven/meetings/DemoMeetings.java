package app.haven.meetings;

import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One demo area's group and its year of meetings, through the meetings services. */
@Component
class DemoMeetings {

    private static final int MONTHS = 12;
    private static final int ITEMS_DISCUSSED = 2;

    private final JdbcClient jdbc;
    private final Groups groups;
    private final Meetings meetings;
    private final MeetingQueries queries;
    private final AgendaNotes notes;
    private final Actions actions;
    private final MeetingClosing closing;
    private final AgendaAdditions additions;
    private final Clock clock;

    DemoMeetings(
            JdbcClient jdbc,
            Groups groups,
            Meetings meetings,
            MeetingQueries queries,
            AgendaNotes notes,
            Actions actions,
            MeetingClosing closing,
            AgendaAdditions additions,
            Clock clock) {
        this.jdbc = jdbc;
        this.groups = groups;
        this.meetings = meetings;
        this.queries = queries;
        this.notes = notes;
        this.actions = actions;
        this.closing = closing;
        this.additions = additions;
        this.clock = clock;
    }

    /** Returns how many meetings were held. */
    int yearFor(String areaCode, HavenPrincipal coordinator, HavenPrincipal police, HavenPrincipal worker) {
        long area = jdbc.sql("SELECT id FROM area WHERE code = :code")
                .param("code", areaCode)
                .query(Long.class)
                .single();
        String name = jdbc.sql("SELECT name FROM area WHERE id = :id")
                .param("id", area)
                .query(String.class)
                .single();
        List<Long> agencies = List.of(coordinator.agencyId(), police.agencyId(), worker.agencyId()).stream()
                .distinct()
                .toList();
        long groupId = groups.create(
                new Groups.NewGroup(
                        Optional.of(area),
                        name + " multi-agency CSE group (demo)",
                        coordinator.userId(),
                        "Demo: meets monthly to track and respond to children at risk of exploitation in " + name + ".",
                        agencies,
                        List.of(police.userId())),
                coordinator);
        GroupView group = groups.find(groupId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        for (int month = MONTHS; month >= 1; month--) {
            hold(group, meetingDay(today.minusMonths(month)), month, coordinator, police, worker);
        }
        long next = meetings.schedule(group, newMeeting(meetingDay(today.plusMonths(1)), coordinator), coordinator);
        addPersonOfConcern(queries.find(next).orElseThrow(), coordinator);
        return MONTHS;
    }

    /** The next meeting discusses the area's first person of concern, chosen as a coordinator chooses one. */
    private void addPersonOfConcern(MeetingView meeting, HavenPrincipal coordinator) {
        additions.entityChoices(coordinator).stream()
                .skip(1)
                .findFirst()
                .ifPresent(first -> additions.add(
                        meeting,
                        new AgendaAddition("PERSON", "", first.value()),
                        coordinator,
                        app.haven.platform.web.FormErrors.builder()));
    }

    private void hold(
            GroupView group,
            LocalDate day,
            int monthsAgo,
            HavenPrincipal coordinator,
            HavenPrincipal police,
            HavenPrincipal worker) {
        long id = meetings.schedule(group, newMeeting(day, coordinator), coordinator);
        MeetingView meeting = queries.find(id).orElseThrow();
        Map<Long, Meetings.Attendance> taken = new LinkedHashMap<>();
        queries.attendance(id)
                .forEach(row -> taken.put(
                        row.agencyId(),
                        monthsAgo % 4 == 0 && row.agencyId() == worker.agencyId()
                                ? new Meetings.Attendance("APOLOGIES", "")
                                : new Meetings.Attendance("PRESENT", "Demo attendee")));
        meetings.takeAttendance(meeting, taken, meeting.version(), coordinator);
        List<AgendaQueries.ItemRef> items = jdbc.sql("SELECT id, child_id FROM agenda_item WHERE meeting_id = :m"
                        + " AND child_id IS NOT NULL ORDER BY position LIMIT " + ITEMS_DISCUSSED)
                .param("m", id)
                .query((rs, row) ->
                        new AgendaQueries.ItemRef(rs.getLong(1), id, Optional.of(rs.getLong(2)), Optional.empty()))
                .list();
        for (AgendaQueries.ItemRef item : items) {
            notes.save(item, "Demo: the group shared what each agency knows.", Optional.of("Medium"), 0, coordinator);
            notes.decide(item, "Demo: keep on the register; review at the next meeting.", coordinator);
        }
        items.stream().findFirst().ifPresent(item -> {
            give(meeting, item, police, "Demo: visit the address linked to the child", day.plusDays(14), monthsAgo);
            give(meeting, item, worker, "Demo: offer the child a weekly session", day.plusDays(21), monthsAgo + 1);
        });
        closing.close(
                queries.find(id).orElseThrow(), queries.find(id).orElseThrow().version(), coordinator);
    }

    /** The older the meeting, the likelier its actions are finished; the newest are open, some overdue. */
    private void give(
            MeetingView meeting,
            AgendaQueries.ItemRef item,
            HavenPrincipal owner,
            String what,
            LocalDate due,
            int age) {
        // The latest meeting's first action is not yet due; the others fell due two or three weeks after their meeting.
        LocalDate dueOn = age <= 1 ? LocalDate.now(clock).plusDays(10) : due;
        long id = actions.assign(
                new Actions.NewAction(meeting, Optional.of(item.id()), item.childId(), what, owner.userId(), dueOn),
                owner);
        String status = age > 4 ? (age % 5 == 0 ? "CANCELLED" : "DONE") : age > 2 ? "IN_PROGRESS" : "OPEN";
        if (!status.equals("OPEN")) {
            actions.update(
                    id,
                    item.childId(),
                    status,
                    "Demo: " + ActionStatus.label(status).toLowerCase(java.util.Locale.UK),
                    0,
                    owner);
        }
    }

    private Meetings.NewMeeting newMeeting(LocalDate day, HavenPrincipal coordinator) {
        return new Meetings.NewMeeting(
                "CSE_GROUP",
                Optional.empty(),
                ZonedDateTime.of(day, LocalTime.of(10, 0), MeetingView.LONDON).toInstant(),
                Optional.of("Council offices, committee room 2"),
                true,
                coordinator.userId());
    }

    /** The first Tuesday of the month, as groups often keep. */
    private static LocalDate meetingDay(LocalDate inMonth) {
        return inMonth.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
    }
}
