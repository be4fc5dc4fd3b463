package app.haven.disruption;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A debrief with a perpetrator as a page shows it: the coded themes in words, and the notes. */
public record DebriefView(long id, LocalDate heldOn, List<String> themes, Optional<String> notes) {}
