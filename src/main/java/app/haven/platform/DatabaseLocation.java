package app.haven.platform;

/**
 * Which database Haven is using, for modules whose behaviour depends on it (demo data only ever goes into
 * the embedded one).
 *
 * @param embedded whether Haven started the server itself
 * @param description the data directory, or the external server's URL without credentials
 */
public record DatabaseLocation(boolean embedded, String description) {}
