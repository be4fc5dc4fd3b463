package app.haven.screening;

/**
 * A professional override changed the band that stands for a screening (raised at once, or lowered with a
 * manager's approval). The register keeps a case's band current from it.
 */
public record StandingBandChanged(long screeningId, long childId, String bandLabel, int bandRank) {}
