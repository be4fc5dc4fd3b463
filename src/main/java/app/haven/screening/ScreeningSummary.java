package app.haven.screening;

import java.time.LocalDate;

/**
 * A completed screening as other modules see it: the band that stands (the manager-approved or raised override,
 * else the computed band) and whether a child protection trigger applied.
 */
public record ScreeningSummary(
        long id, long childId, LocalDate screenedOn, String bandLabel, int bandRank, boolean childProtection) {}
