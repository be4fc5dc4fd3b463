package app.haven.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** One meeting as its pages show it. */
public record MeetingView(
        long id,
        long groupId,
        String groupName,
        String typeCode,
        String typeLabel,
        Optional<String> satisfies,
        Optional<Long> areaId,
        Optional<Long> childId,
        Instant startsAt,
        Optional<String> place,
        boolean online,
        long chairUserId,
        String chairName,
        boolean held,
        Instant periodFrom,
        Optional<Instant> agendaBuiltAt,
        int version) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    public String when() {
        return WHEN.format(startsAt.atZone(LONDON));
    }

    public String day() {
        return DAY.format(startsAt.atZone(LONDON));
    }

    public String where() {
        return place.map(p -> online ? p + " and online" : p).orElse("Online");
    }

    /** The period the agenda looks back over, e.g. "since 3 March 2027". */
    public String since() {
        return DAY.format(periodFrom.atZone(LONDON));
    }

    public static String format(Instant at) {
        return WHEN.format(at.atZone(LONDON));
    }

    public static String formatDay(java.time.LocalDate day) {
        return DAY.format(day);
    }
}
