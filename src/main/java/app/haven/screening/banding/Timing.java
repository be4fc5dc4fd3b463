package app.haven.screening.banding;

/**
 * When a present indicator happened, for tools with time windows (SERAF: significant indicators score 5 when
 * current, 1 when 6–12 months ago, 6 when both; moderate ones count only within the last 6 months).
 */
public enum Timing {
    CURRENT,
    EARLIER,
    BOTH
}
