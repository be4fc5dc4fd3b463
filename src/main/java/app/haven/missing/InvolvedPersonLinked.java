package app.haven.missing;

/**
 * A person involved in a missing episode, described when it was reported, was linked to a person record. The seam
 * the intelligence module listens on to connect episodes through the people in them.
 */
public record InvolvedPersonLinked(long episodeId, long childId, long involvedId, long personId, long userId) {}
