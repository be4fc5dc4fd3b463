package app.haven.missing;

import java.time.Instant;
import java.util.Optional;

/**
 * A child made a disclosure in a return home interview. This is the seam for the referrals module, which turns it
 * into a disclosure record and tracks the police response; missing keeps only what the interviewer wrote.
 *
 * @param source where the disclosure was made, {@code return-interview:<id>}, stable for de-duplicating
 * @param about whom the disclosure is about, as the child described them, when they said
 * @param passedToPolice whether the interviewer passed it to the police at the time
 */
public record DisclosureMade(
        String source,
        long interviewId,
        long episodeId,
        long childId,
        String what,
        Optional<String> about,
        boolean passedToPolice,
        Instant madeAt,
        long recordedByUser,
        long recordedByAgency) {}
