package app.haven.intelligence.network;

/**
 * The kinds of link between entities. Some are directed (who drove, who transported or exploited whom); the others
 * read the same both ways. The order is the index's byte code: add new types at the end.
 */
public enum LinkType {
    ASSOCIATES_WITH("associates with", false),
    SEEN_WITH("seen with", false),
    LIVES_AT("lives at", true),
    FREQUENTS("frequents", true),
    DRIVES("drives", true),
    USES_PHONE("uses phone", true),
    CONTACTED_ONLINE("contacted online", true),
    TRANSPORTED("transported", true),
    EXPLOITED("exploited", true),
    PART_OF("part of", true);

    private final String words;
    private final boolean directed;

    LinkType(String words, boolean directed) {
        this.words = words;
        this.directed = directed;
    }

    public String words() {
        return words;
    }

    public boolean directed() {
        return directed;
    }

    /** A set of types as a bit mask for {@link LinkFilter}. */
    public static int maskOf(Iterable<LinkType> types) {
        int mask = 0;
        for (LinkType type : types) {
            mask |= 1 << type.ordinal();
        }
        return mask;
    }

    public static final int ALL = (1 << values().length) - 1;
}
