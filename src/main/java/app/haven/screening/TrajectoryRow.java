package app.haven.screening;

import java.util.List;

/** One completed screening in a child's trajectory, with what changed since the one before (same tool). */
public record TrajectoryRow(
        long id,
        String date,
        String tool,
        String band,
        int rank,
        int points,
        List<String> appeared,
        List<String> gone,
        boolean strategyDiscussion) {}
