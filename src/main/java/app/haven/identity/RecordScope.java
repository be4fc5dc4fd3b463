package app.haven.identity;

/**
 * Which children's records a user may open, widest last. Set per role; a user with several roles gets the
 * widest. Applied inside queries, never by filtering a fetched list (domain reference section 8).
 */
public enum RecordScope {
    /** Only children the user works with: assigned, or in the team around the child. */
    ASSIGNED,
    /** Also children the user's team works with. */
    TEAM,
    /** Also children known to the user's agency within the user's areas. */
    AGENCY,
    /** Every child in the user's areas (CSE coordinators). */
    AREA,
    /** Every child in the partnership. */
    PARTNERSHIP,
    /** No child's record at all: aggregate figures only (partnership analysts). */
    AGGREGATES_ONLY;

    /**
     * The widest scope among a user's roles. Aggregates-only reaches no record, so it counts as the narrowest:
     * an analyst who is also a practitioner sees the children they work with.
     */
    public static RecordScope widest(java.util.Collection<String> scopes) {
        return scopes.stream()
                .map(RecordScope::valueOf)
                .filter(scope -> scope != AGGREGATES_ONLY)
                .max(java.util.Comparator.naturalOrder())
                .orElse(AGGREGATES_ONLY);
    }
}
