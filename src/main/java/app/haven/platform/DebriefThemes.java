package app.haven.platform;

import java.util.List;

/**
 * The themes coded in debriefs with perpetrators and with young people who were exploited (methods of approach,
 * platforms, places, grooming patterns), counted so that what professionals and parents are told — the public "top 10
 * things you need to know" — rests on what the partnership has learned. The module that keeps debriefs provides it;
 * until one does, {@link #NONE} answers that none are recorded.
 */
public interface DebriefThemes {

    /** No debriefs are kept: the answer while no module keeps them. */
    DebriefThemes NONE = limit -> List.of();

    /** The themes most often coded across all debriefs, most frequent first, at most {@code limit} of them. */
    List<ThemeCount> mostFrequent(int limit);

    /** A theme's code (stable, as data), its wording for readers, and how many debriefs coded it. */
    record ThemeCount(String code, String label, long debriefs) {}
}
