package app.haven.intelligence.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The shortest connection between two entities: the fewest links, following only links that pass the filter through
 * nodes the user may see, up to a number of hops. Breadth first; among equally short paths, the first found.
 */
public final class ShortestConnection {

    private ShortestConnection() {}

    /** The path's nodes from {@code a} to {@code b} and the links between them, or empty when none is that short. */
    public static Optional<Subnetwork> between(
            Network network, int a, int b, LinkFilter filter, Scope scope, int maxHops) {
        if (a == b) {
            return Optional.of(new Subnetwork(new int[] {a}, new int[] {0}, new int[0], false));
        }
        Map<Integer, Integer> cameBy = new HashMap<>();
        cameBy.put(a, -1);
        IntList level = new IntList(16);
        level.add(a);
        IntList next = new IntList(16);
        IntList viaLink = new IntList(16);
        for (int hop = 1; hop <= maxHops && level.size() > 0; hop++) {
            next.clear();
            viaLink.clear();
            for (int k = 0; k < level.size(); k++) {
                int node = level.get(k);
                network.forEachLink(node, link -> {
                    int other = network.other(link, node);
                    if (!cameBy.containsKey(other) && filter.passes(network, link)) {
                        next.add(other);
                        viaLink.add(link);
                    }
                });
            }
            scope.prepare(next.raw(), next.size());
            IntList reached = new IntList(next.size());
            for (int k = 0; k < next.size(); k++) {
                int node = next.get(k);
                if (!cameBy.containsKey(node) && scope.visible(node)) {
                    cameBy.put(node, viaLink.get(k));
                    reached.add(node);
                    if (node == b) {
                        return Optional.of(path(network, cameBy, a, b, hop));
                    }
                }
            }
            level = reached;
        }
        return Optional.empty();
    }

    private static Subnetwork path(Network network, Map<Integer, Integer> cameBy, int a, int b, int hops) {
        int[] nodes = new int[hops + 1];
        int[] links = new int[hops];
        int[] hopOf = new int[hops + 1];
        int node = b;
        for (int k = hops; k > 0; k--) {
            nodes[k] = node;
            hopOf[k] = k;
            int link = cameBy.get(node);
            links[k - 1] = link;
            node = network.other(link, node);
        }
        nodes[0] = a;
        return new Subnetwork(nodes, hopOf, links, false);
    }
}
