package app.haven.intelligence;

import java.time.Instant;

/** A standing "one adult, many children" alert about a person the user may see. */
public record AlertView(long entityId, String label, int children, int areas, Instant raisedAt) {}
