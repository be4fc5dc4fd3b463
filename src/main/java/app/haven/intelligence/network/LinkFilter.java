package app.haven.intelligence.network;

/**
 * Which links a query follows: their types (a bit mask of {@link LinkType} ordinals), the dates they must overlap
 * (epoch days, inclusive), the minimum grading of their evidence ({@link GradeRank}), and whether links resting on
 * conditional intelligence count (for a user not cleared they still show, without their evidence: the caller decides).
 */
public record LinkFilter(int typeMask, int fromDay, int toDay, int minimumRank) {

    public static final LinkFilter ANY = new LinkFilter(LinkType.ALL, Integer.MIN_VALUE, Integer.MAX_VALUE, 0);

    /** Whether the network's link at this index passes. */
    public boolean passes(Network network, int link) {
        return !network.ended(link)
                && (typeMask & (1 << network.type(link))) != 0
                && network.validFrom(link) <= toDay
                && network.validTo(link) >= fromDay
                && GradeRank.meets(network.rank(link), minimumRank);
    }
}
