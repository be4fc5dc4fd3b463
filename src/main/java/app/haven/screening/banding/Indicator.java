package app.haven.screening.banding;

import java.util.Optional;

/**
 * One indicator of a tool version.
 *
 * @param level for level-based tools, LOW, MEDIUM or HIGH; empty for points-based tools and vulnerabilities
 * @param kind for points-based tools: what scoring applies
 * @param disclosure whether, when present, it is a disclosure (the disclosure rule makes the band the highest)
 */
public record Indicator(
        String id,
        String domain,
        String wording,
        String guidance,
        Optional<Level> level,
        Kind kind,
        boolean disclosure) {

    /** The level of a level-based indicator. */
    public enum Level {
        LOW,
        MEDIUM,
        HIGH
    }

    /** How an indicator counts. */
    public enum Kind {
        /** Counts by its level (level-based tools). */
        LEVELLED,
        /** Raises concern but does not on its own show risk: one point in points-based tools, no level. */
        VULNERABILITY,
        /** SERAF moderate: one point when present within the last six months. */
        MODERATE,
        /** SERAF significant: 5 points current, 1 point 6–12 months ago, 6 both. */
        SIGNIFICANT
    }

    /** Whether the tool asks when it happened (points tools: moderate and significant indicators). */
    public boolean isTimed() {
        return kind == Kind.MODERATE || kind == Kind.SIGNIFICANT;
    }

    public boolean isVulnerability() {
        return kind == Kind.VULNERABILITY;
    }
}
