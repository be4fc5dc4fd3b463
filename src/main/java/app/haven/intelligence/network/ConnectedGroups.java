package app.haven.intelligence.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The connected groups of the network: entities joined by passing links through visible nodes, largest first.
 * Union-find over every link, so the whole graph is one pass. Lone entities are not groups.
 */
public final class ConnectedGroups {

    private ConnectedGroups() {}

    /** Each group's nodes, largest group first, groups of at least {@code minimumSize} only. */
    public static List<int[]> of(Network network, LinkFilter filter, Scope scope, int minimumSize) {
        int n = network.nodeCount();
        int[] parent = new int[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        int[] all = new int[n];
        for (int k = 0; k < n; k++) {
            all[k] = k;
        }
        scope.prepare(all, n);
        boolean[] visible = new boolean[n];
        for (int k = 0; k < n; k++) {
            visible[k] = scope.visible(k);
        }
        int links = network.linkCount();
        for (int l = 0; l < links; l++) {
            int a = network.from(l);
            int b = network.to(l);
            if (a < n && b < n && visible[a] && visible[b] && filter.passes(network, l)) {
                union(parent, a, b);
            }
        }
        return groups(parent, visible, minimumSize);
    }

    private static List<int[]> groups(int[] parent, boolean[] visible, int minimumSize) {
        int n = parent.length;
        int[] size = new int[n];
        for (int k = 0; k < n; k++) {
            if (visible[k]) {
                size[find(parent, k)]++;
            }
        }
        int[][] members = new int[n][];
        int[] filled = new int[n];
        List<int[]> groups = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!visible[k]) {
                continue;
            }
            int root = find(parent, k);
            if (size[root] < Math.max(2, minimumSize)) {
                continue;
            }
            if (members[root] == null) {
                members[root] = new int[size[root]];
                groups.add(members[root]);
            }
            members[root][filled[root]++] = k;
        }
        groups.sort(Comparator.<int[]>comparingInt(g -> -g.length).thenComparingInt(g -> g[0]));
        return groups.stream().map(g -> Arrays.copyOf(g, g.length)).toList();
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
