package app.haven.screening.banding;

/**
 * A band a tool can give, in order of concern. A tool names its own bands (Pan-Cheshire: no apparent risk, low,
 * medium, high; SERAF: not at risk, mild, moderate, significant); {@code rank} orders them, 0 the least concern.
 */
public record Band(String code, String label, int rank) implements Comparable<Band> {

    @Override
    public int compareTo(Band other) {
        return Integer.compare(rank, other.rank);
    }

    public boolean isAbove(Band other) {
        return rank > other.rank;
    }
}
