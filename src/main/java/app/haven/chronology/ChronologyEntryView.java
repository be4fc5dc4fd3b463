package app.haven.chronology;

import java.util.Optional;

/** One line of a child's chronology as the page shows it. */
public record ChronologyEntryView(
        long id,
        String when,
        String typeLabel,
        String summary,
        String agency,
        String recordedBy,
        boolean significant,
        Optional<String> link) {}
