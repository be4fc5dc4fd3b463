package app.haven.intelligence.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * "One adult, many children": a person of concern linked directly to at least a set number of children (3 by
 * default, a partnership setting), across areas. The rule decides when to tell anyone: once when the count crosses the
 * threshold (to every area involved), again only when a child from a new area joins, and it clears when the count
 * falls below the threshold, so a later crossing is a new alert. Plain Java; the caller counts and stores.
 */
public final class ManyChildren {

    private ManyChildren() {}

    /** What to do after a link to or from a person of concern was written or ended. */
    public enum Action {
        NOTHING,
        /** The threshold is crossed: tell analysts and every area's coordinators. */
        RAISE,
        /** Still over the threshold, and children from areas not told before are now linked: tell those areas. */
        NEW_AREAS,
        /** Fallen below the threshold: the alert is over, and a later crossing raises a new one. */
        CLEAR
    }

    /** The decision and the areas it concerns (every area for a raise, the new ones for new areas). */
    public record Decision(Action action, Set<Long> areas) {}

    /**
     * @param children how many distinct children are linked now
     * @param areasNow the areas of those children
     * @param alerted the areas told by the alert still standing, empty when none stands
     */
    public static Decision decide(int threshold, int children, Set<Long> areasNow, Optional<Set<Long>> alerted) {
        boolean over = children >= threshold;
        if (alerted.isEmpty()) {
            return over ? new Decision(Action.RAISE, new TreeSet<>(areasNow)) : new Decision(Action.NOTHING, Set.of());
        }
        if (!over) {
            return new Decision(Action.CLEAR, Set.of());
        }
        Set<Long> fresh = new TreeSet<>(areasNow);
        fresh.removeAll(alerted.get());
        return fresh.isEmpty() ? new Decision(Action.NOTHING, Set.of()) : new Decision(Action.NEW_AREAS, fresh);
    }

    /** The distinct children linked directly to this node by links that pass the filter. */
    public static int[] childrenOf(Network network, int node, LinkFilter filter) {
        IntList children = new IntList(8);
        network.forEachLink(node, link -> {
            int other = network.other(link, node);
            if (network.child(other) && filter.passes(network, link) && !contains(children, other)) {
                children.add(other);
            }
        });
        return children.toArray();
    }

    /** The areas of these nodes. */
    public static Set<Long> areasOf(Network network, int[] nodes) {
        Set<Long> areas = new TreeSet<>();
        for (int node : nodes) {
            areas.add((long) network.area(node));
        }
        return areas;
    }

    /** Every person of concern linked to at least {@code threshold} children: the whole-graph scan. */
    public static List<Integer> scan(Network network, int threshold, LinkFilter filter) {
        List<Integer> over = new ArrayList<>();
        int n = network.nodeCount();
        for (int node = 0; node < n; node++) {
            if (network.concern(node)
                    && network.degree(node) >= threshold
                    && childrenOf(network, node, filter).length >= threshold) {
                over.add(node);
            }
        }
        return over;
    }

    private static boolean contains(IntList list, int value) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == value) {
                return true;
            }
        }
        return false;
    }

    /** The areas as a sorted set, for callers holding them in another collection. */
    public static Set<Long> sorted(Collection<Long> areas) {
        return new TreeSet<>(areas);
    }
}
