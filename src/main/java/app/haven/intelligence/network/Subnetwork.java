package app.haven.intelligence.network;

/**
 * What a query found: nodes (with how many hops from where it started) and the links among them that passed the
 * filter. {@code capped} says the fan-out limit stopped it before it reached every node within the hops asked.
 */
public record Subnetwork(int[] nodes, int[] hops, int[] links, boolean capped) {

    public int size() {
        return nodes.length;
    }
}
