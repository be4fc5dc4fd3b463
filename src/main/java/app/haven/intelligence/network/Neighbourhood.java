package app.haven.intelligence.network;

/**
 * The neighbourhood of one entity to 1–3 hops, breadth first, following only links that pass the filter into nodes
 * the scope lets the user see, and stopping at a cap on nodes (nearest first). The links returned are every passing
 * link between two returned nodes, so the picture shows how the neighbours are connected to each other too.
 */
public final class Neighbourhood {

    public static final int MAX_HOPS = 3;

    private Neighbourhood() {}

    public static Subnetwork of(Network network, int start, int hops, LinkFilter filter, Scope scope, int cap) {
        if (hops < 1 || hops > MAX_HOPS) {
            throw new IllegalArgumentException("hops must be 1 to 3: " + hops);
        }
        Visits visits = Visits.start(network.nodeCount());
        try {
            return traverse(network, start, hops, filter, scope, cap, visits);
        } finally {
            visits.release();
        }
    }

    private static Subnetwork traverse(
            Network network, int start, int hops, LinkFilter filter, Scope scope, int cap, Visits visits) {
        IntList order = new IntList(64);
        visits.reach(start, 0);
        order.add(start);
        int levelStart = 0;
        boolean capped = false;
        IntList candidates = new IntList(64);
        for (int hop = 1; hop <= hops && !capped; hop++) {
            int levelEnd = order.size();
            candidates.clear();
            for (int k = levelStart; k < levelEnd; k++) {
                int node = order.get(k);
                network.forEachLink(node, link -> {
                    int other = network.other(link, node);
                    if (!visits.reached(other) && filter.passes(network, link) && visits.queue(other)) {
                        candidates.add(other);
                    }
                });
            }
            visits.unqueue(candidates);
            scope.prepare(candidates.raw(), candidates.size());
            for (int k = 0; k < candidates.size() && !capped; k++) {
                int node = candidates.get(k);
                if (!scope.visible(node)) {
                    continue;
                }
                if (order.size() == cap) {
                    capped = true;
                } else {
                    visits.reach(node, hop);
                    order.add(node);
                }
            }
            levelStart = levelEnd;
        }
        int[] nodes = order.toArray();
        int[] hopsOut = new int[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            hopsOut[k] = visits.hop(nodes[k]);
        }
        return new Subnetwork(nodes, hopsOut, linksAmong(network, nodes, visits, filter), capped);
    }

    /** Every passing link with both ends among the nodes reached, each once. */
    private static int[] linksAmong(Network network, int[] nodes, Visits visits, LinkFilter filter) {
        IntList links = new IntList(nodes.length * 2);
        for (int node : nodes) {
            network.forEachLink(node, link -> {
                int other = network.other(link, node);
                // Each link is met from both ends: keep it from its lower-numbered end only.
                if (node < other && visits.reached(other) && filter.passes(network, link)) {
                    links.add(link);
                }
            });
        }
        return links.toArray();
    }
}
