package app.haven.missing;

import app.haven.people.LinkablePeople;
import java.util.List;

/** What was searched for on the linking page, whether a search ran, and the records found that the user may open. */
public record InvolvedPersonSearch(String text, boolean searched, List<LinkablePeople.Found> found) {

    static InvolvedPersonSearch none(String text) {
        return new InvolvedPersonSearch(text, false, List.of());
    }
}
