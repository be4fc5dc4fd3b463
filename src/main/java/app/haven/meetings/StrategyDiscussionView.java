package app.haven.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A strategy discussion: why it was asked for, by when, and (once held) who took part and what was decided. */
public record StrategyDiscussionView(
        long id,
        long childId,
        long screeningId,
        String triggers,
        LocalDate dueOn,
        boolean held,
        Optional<LocalDate> heldOn,
        Optional<Boolean> section47,
        String otherActions,
        List<String> participants,
        int version,
        LocalDate today) {

    public String due() {
        return MeetingView.formatDay(dueOn);
    }

    public boolean overdue() {
        return !held && dueOn.isBefore(today);
    }

    public String heldText() {
        return heldOn.map(MeetingView::formatDay).orElse("");
    }
}
