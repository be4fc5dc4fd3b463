package app.haven.intelligence.network;

import java.util.Arrays;

/**
 * Which nodes a traversal has reached, and at how many hops, without a map: arrays the size of the network, borrowed
 * from a pool (as many as queries run at once, not one per request thread) and reused, each use under a new
 * generation number, so starting a query costs nothing and a lookup is one array read. A node added to the network
 * during the query grows the arrays. Give them back with {@link #release()}.
 */
final class Visits {

    private static final java.util.Queue<Visits> POOL = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private int[] reached = new int[0];
    private int[] queued = new int[0];
    private int[] hops = new int[0];
    private int generation;

    /** This thread's visits, cleared for a new query over a network of about this many nodes. */
    static Visits start(int nodes) {
        Visits polled = POOL.poll();
        Visits visits = polled == null ? new Visits() : polled;
        visits.fit(nodes);
        if (++visits.generation == Integer.MAX_VALUE) {
            Arrays.fill(visits.reached, 0);
            Arrays.fill(visits.queued, 0);
            visits.generation = 1;
        }
        return visits;
    }

    void release() {
        POOL.offer(this);
    }

    boolean reached(int node) {
        return node < reached.length && reached[node] == generation;
    }

    void reach(int node, int hop) {
        fit(node + 1);
        reached[node] = generation;
        hops[node] = hop;
    }

    int hop(int node) {
        return hops[node];
    }

    /** Marks a node as a candidate of the current step; false when it already was one. */
    boolean queue(int node) {
        fit(node + 1);
        if (queued[node] == generation) {
            return false;
        }
        queued[node] = generation;
        return true;
    }

    /** Forgets the candidates of a step (a new generation for them only would cost a fill; the few are cleared). */
    void unqueue(IntList nodes) {
        for (int k = 0; k < nodes.size(); k++) {
            queued[nodes.get(k)] = 0;
        }
    }

    private void fit(int nodes) {
        if (nodes > reached.length) {
            int size = Math.max(nodes, reached.length + reached.length / 4);
            reached = Arrays.copyOf(reached, size);
            queued = Arrays.copyOf(queued, size);
            hops = Arrays.copyOf(hops, size);
        }
    }
}
