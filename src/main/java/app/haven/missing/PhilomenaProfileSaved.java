package app.haven.missing;

import java.time.Instant;
import java.util.List;

/** A new version of a child's Philomena profile was saved (inside the module: the reminders follow it). */
record PhilomenaProfileSaved(long childId, List<Long> childRecordIds, Instant savedAt) {}
