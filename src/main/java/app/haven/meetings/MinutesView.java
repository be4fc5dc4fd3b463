package app.haven.meetings;

import java.util.List;

/**
 * A meeting's minutes as one reader may see them: the items about children they may not open are left out (only
 * their number is said), and so are actions about those children.
 */
public record MinutesView(
        MeetingView meeting,
        List<AttendanceRow> attendance,
        Quorum quorum,
        List<AgendaItemView> items,
        int hiddenChildren,
        List<ActionView> actions) {

    /** The children whose sections this reader sees, for the audit. */
    public List<Long> childrenShown() {
        return items.stream().flatMap(i -> i.childId().stream()).toList();
    }

    public List<ActionView> actionsFor(long itemId) {
        return actions.stream()
                .filter(a -> !a.hidden() && a.agendaItemId().orElse(-1L) == itemId)
                .toList();
    }
}
