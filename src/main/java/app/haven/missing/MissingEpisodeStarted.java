package app.haven.missing;

import java.time.Instant;

/** A child was reported missing, absent or away from placement. Cases, meetings and insight may react. */
public record MissingEpisodeStarted(
        long episodeId,
        long childId,
        long areaId,
        String categoryLabel,
        String riskGradeLabel,
        Instant occurredAt,
        long userId,
        long agencyId)
        implements MissingTimelineEvent {

    @Override
    public String eventType() {
        return "missing.started";
    }

    @Override
    public String eventTypeLabel() {
        return "Reported missing";
    }

    @Override
    public String summary() {
        return "Reported " + categoryLabel.toLowerCase(java.util.Locale.UK) + "; police risk grading: "
                + riskGradeLabel;
    }

    @Override
    public boolean significant() {
        return true;
    }
}
