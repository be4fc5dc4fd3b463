package app.haven.intelligence.network;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * The whole network in compact primitive arrays: nodes (entities) numbered densely, links by index, and each node's
 * links as a compressed sparse row built once plus a short list per node for links added since. Many threads read
 * while one writer adds or changes nodes and links: the writer fills the arrays, then publishes the new counts
 * through a volatile field, so a reader sees a consistent prefix. Ending a link or changing a node's area is a single
 * write a reader sees at once or a moment later. Plain Java with no Spring, so it can be built and tested by hand.
 */
public final class Network {

    static final byte CHILD = 1;
    static final byte CONCERN = 2;

    private static final byte ENDED = 1;
    private static final byte RESTRICTED = 2;

    private long[] entityIds;
    private int[] areas;
    private byte[] kinds;
    private byte[] nodeFlags;
    private final int baseNodes;
    private final Map<Long, Integer> addedNodes = new ConcurrentHashMap<>();

    private final int[] offsets;
    private final int[] adjacency;
    private int[][] added;

    private long[] linkIds;
    private int[] from;
    private int[] to;
    private byte[] types;
    private int[] validFrom;
    private int[] validTo;
    private byte[] ranks;
    private byte[] linkFlags;
    private final int baseLinks;
    private final Map<Long, Integer> addedLinks = new ConcurrentHashMap<>();

    private volatile int nodeCount;
    private volatile int linkCount;

    Network(Builder b) {
        entityIds = b.entityIds;
        areas = b.areas;
        kinds = b.kinds;
        nodeFlags = b.nodeFlags;
        baseNodes = b.nodes;
        linkIds = b.linkIds;
        from = b.from;
        to = b.to;
        types = b.types;
        validFrom = b.validFrom;
        validTo = b.validTo;
        ranks = b.ranks;
        linkFlags = b.linkFlags;
        baseLinks = b.links;
        offsets = new int[b.nodes + 1];
        for (int l = 0; l < b.links; l++) {
            offsets[from[l] + 1]++;
            offsets[to[l] + 1]++;
        }
        for (int n = 0; n < b.nodes; n++) {
            offsets[n + 1] += offsets[n];
        }
        adjacency = new int[offsets[b.nodes]];
        int[] fill = Arrays.copyOf(offsets, b.nodes);
        for (int l = 0; l < b.links; l++) {
            adjacency[fill[from[l]]++] = l;
            adjacency[fill[to[l]]++] = l;
        }
        added = new int[entityIds.length][];
        nodeCount = b.nodes;
        linkCount = b.links;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int linkCount() {
        return linkCount;
    }

    /** The node of an entity, or -1 when the network does not hold it. */
    public int node(long entityId) {
        int found = Arrays.binarySearch(entityIds, 0, baseNodes, entityId);
        if (found >= 0) {
            return found;
        }
        Integer extra = addedNodes.get(entityId);
        return extra == null ? -1 : extra;
    }

    /** The link with this id, or -1. */
    public int link(long linkId) {
        int found = Arrays.binarySearch(linkIds, 0, baseLinks, linkId);
        if (found >= 0) {
            return found;
        }
        Integer extra = addedLinks.get(linkId);
        return extra == null ? -1 : extra;
    }

    public long entityId(int node) {
        return entityIds[node];
    }

    public int area(int node) {
        return areas[node];
    }

    public NodeKind kind(int node) {
        return NodeKind.values()[kinds[node]];
    }

    public boolean child(int node) {
        return (nodeFlags[node] & CHILD) != 0;
    }

    /** A person flagged as a person of concern. */
    public boolean concern(int node) {
        return (nodeFlags[node] & CONCERN) != 0;
    }

    public long linkId(int link) {
        return linkIds[link];
    }

    public int from(int link) {
        return from[link];
    }

    public int to(int link) {
        return to[link];
    }

    /** The node at the other end of a link from this one. */
    public int other(int link, int node) {
        return from[link] == node ? to[link] : from[link];
    }

    public int type(int link) {
        return types[link];
    }

    public int validFrom(int link) {
        return validFrom[link];
    }

    public int validTo(int link) {
        return validTo[link];
    }

    public int rank(int link) {
        return ranks[link];
    }

    public boolean ended(int link) {
        return (linkFlags[link] & ENDED) != 0;
    }

    public boolean restricted(int link) {
        return (linkFlags[link] & RESTRICTED) != 0;
    }

    /** Calls back with every link (ended or not) touching this node. */
    public void forEachLink(int node, IntConsumer action) {
        if (node < baseNodes) {
            for (int k = offsets[node]; k < offsets[node + 1]; k++) {
                action.accept(adjacency[k]);
            }
        }
        int[] more = added[node];
        if (more != null) {
            for (int link : more) {
                action.accept(link);
            }
        }
    }

    /** How many links touch this node, ended ones included. */
    public int degree(int node) {
        int base = node < baseNodes ? offsets[node + 1] - offsets[node] : 0;
        int[] more = added[node];
        return base + (more == null ? 0 : more.length);
    }

    /** Adds an entity, or changes its area and flags if the network holds it. Returns its node. */
    public synchronized int putNode(long entityId, NodeKind kind, int area, boolean child, boolean concern) {
        byte flags = (byte) ((child ? CHILD : 0) | (concern ? CONCERN : 0));
        int existing = node(entityId);
        if (existing >= 0) {
            areas[existing] = area;
            nodeFlags[existing] = flags;
            return existing;
        }
        int n = nodeCount;
        if (n == entityIds.length) {
            int capacity = Math.max(16, n * 3 / 2);
            entityIds = Arrays.copyOf(entityIds, capacity);
            areas = Arrays.copyOf(areas, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            nodeFlags = Arrays.copyOf(nodeFlags, capacity);
            added = Arrays.copyOf(added, capacity);
        }
        entityIds[n] = entityId;
        areas[n] = area;
        kinds[n] = (byte) kind.ordinal();
        nodeFlags[n] = flags;
        addedNodes.put(entityId, n);
        nodeCount = n + 1;
        return n;
    }

    /**
     * Adds a link between two nodes the network holds, or changes its dates, grading and whether it has ended. Returns
     * its index, or -1 when an end is unknown.
     */
    public synchronized int putLink(long linkId, long fromEntity, long toEntity, LinkAttributes attributes) {
        int existing = link(linkId);
        if (existing >= 0) {
            write(existing, attributes);
            return existing;
        }
        int a = node(fromEntity);
        int b = node(toEntity);
        if (a < 0 || b < 0) {
            return -1;
        }
        int l = linkCount;
        if (l == linkIds.length) {
            growLinks(Math.max(16, l * 3 / 2));
        }
        linkIds[l] = linkId;
        from[l] = a;
        to[l] = b;
        write(l, attributes);
        addedLinks.put(linkId, l);
        append(a, l);
        append(b, l);
        linkCount = l + 1;
        return l;
    }

    private void write(int l, LinkAttributes attributes) {
        types[l] = (byte) attributes.type().ordinal();
        validFrom[l] = attributes.validFrom();
        validTo[l] = attributes.validTo();
        ranks[l] = (byte) attributes.rank();
        linkFlags[l] = (byte) ((attributes.ended() ? ENDED : 0) | (attributes.restricted() ? RESTRICTED : 0));
    }

    private void append(int node, int link) {
        int[] more = added[node];
        int[] grown = more == null ? new int[1] : Arrays.copyOf(more, more.length + 1);
        grown[grown.length - 1] = link;
        added[node] = grown;
    }

    private void growLinks(int capacity) {
        linkIds = Arrays.copyOf(linkIds, capacity);
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
        types = Arrays.copyOf(types, capacity);
        validFrom = Arrays.copyOf(validFrom, capacity);
        validTo = Arrays.copyOf(validTo, capacity);
        ranks = Arrays.copyOf(ranks, capacity);
        linkFlags = Arrays.copyOf(linkFlags, capacity);
    }

    /** How many links were added after the network was built: many of them make it worth building again. */
    public int addedSinceBuilt() {
        return linkCount - baseLinks;
    }

    /** A link's type, dates (epoch days; open-ended is {@link Integer#MAX_VALUE}), grading rank and state. */
    public record LinkAttributes(
            LinkType type, int validFrom, int validTo, int rank, boolean restricted, boolean ended) {}

    /**
     * Builds a network from entities in ascending id order and then links in ascending id order (as one SQL read
     * gives them); a link to an entity not added is left out.
     */
    public static final class Builder {
        private long[] entityIds = new long[16];
        private int[] areas = new int[16];
        private byte[] kinds = new byte[16];
        private byte[] nodeFlags = new byte[16];
        private int nodes;
        private long[] linkIds = new long[16];
        private int[] from = new int[16];
        private int[] to = new int[16];
        private byte[] types = new byte[16];
        private int[] validFrom = new int[16];
        private int[] validTo = new int[16];
        private byte[] ranks = new byte[16];
        private byte[] linkFlags = new byte[16];
        private int links;

        public Builder node(long entityId, NodeKind kind, int area, boolean child, boolean concern) {
            if (nodes > 0 && entityId <= entityIds[nodes - 1]) {
                throw new IllegalArgumentException("entities must come in ascending id order: " + entityId);
            }
            if (nodes == entityIds.length) {
                int c = nodes * 2;
                entityIds = Arrays.copyOf(entityIds, c);
                areas = Arrays.copyOf(areas, c);
                kinds = Arrays.copyOf(kinds, c);
                nodeFlags = Arrays.copyOf(nodeFlags, c);
            }
            entityIds[nodes] = entityId;
            areas[nodes] = area;
            kinds[nodes] = (byte) kind.ordinal();
            nodeFlags[nodes] = (byte) ((child ? CHILD : 0) | (concern ? CONCERN : 0));
            nodes++;
            return this;
        }

        public Builder link(long linkId, long fromEntity, long toEntity, LinkAttributes attributes) {
            if (links > 0 && linkId <= linkIds[links - 1]) {
                throw new IllegalArgumentException("links must come in ascending id order: " + linkId);
            }
            int a = Arrays.binarySearch(entityIds, 0, nodes, fromEntity);
            int b = Arrays.binarySearch(entityIds, 0, nodes, toEntity);
            if (a < 0 || b < 0 || a == b) {
                return this;
            }
            if (links == linkIds.length) {
                int c = links * 2;
                linkIds = Arrays.copyOf(linkIds, c);
                from = Arrays.copyOf(from, c);
                to = Arrays.copyOf(to, c);
                types = Arrays.copyOf(types, c);
                validFrom = Arrays.copyOf(validFrom, c);
                validTo = Arrays.copyOf(validTo, c);
                ranks = Arrays.copyOf(ranks, c);
                linkFlags = Arrays.copyOf(linkFlags, c);
            }
            linkIds[links] = linkId;
            from[links] = a;
            to[links] = b;
            types[links] = (byte) attributes.type().ordinal();
            validFrom[links] = attributes.validFrom();
            validTo[links] = attributes.validTo();
            ranks[links] = (byte) attributes.rank();
            linkFlags[links] = (byte) ((attributes.ended() ? ENDED : 0) | (attributes.restricted() ? RESTRICTED : 0));
            links++;
            return this;
        }

        public Network build() {
            return new Network(this);
        }
    }
}
