package app.haven.missing;

/** One episode on the coordinator's view. */
public record CoordinatorRow(
        long episodeId,
        long childId,
        String child,
        String area,
        String category,
        String started,
        String returned,
        String risk,
        String interview,
        boolean interviewOverdue,
        int episodesIn90Days) {}
