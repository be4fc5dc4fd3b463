package app.haven.intelligence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a neighbourhood out for the server-drawn picture: the centre in the middle and each hop on a ring around it,
 * nodes spread evenly round their ring in a stable order (by kind, then reference), so the same network always looks
 * the same and needs no script.
 */
final class NetworkPicture {

    static final int SIZE = 800;
    private static final int MIDDLE = SIZE / 2;
    private static final int RING = 120;

    private NetworkPicture() {}

    static NetworkView.Node centre(EntityView centre) {
        return node(centre, 0, MIDDLE, MIDDLE);
    }

    static NetworkView lay(
            EntityView centre,
            List<EntityView> entities,
            Map<Long, Integer> hopOf,
            List<LinkView> links,
            boolean capped) {
        Map<Integer, List<EntityView>> rings = new HashMap<>();
        for (EntityView e : entities) {
            rings.computeIfAbsent(hopOf.getOrDefault(e.id(), 0), h -> new ArrayList<>())
                    .add(e);
        }
        List<NetworkView.Node> nodes = new ArrayList<>();
        Map<Long, NetworkView.Node> placed = new HashMap<>();
        rings.forEach((hop, ring) -> {
            ring.sort(Comparator.comparing((EntityView e) -> e.kind()).thenComparingLong(EntityView::id));
            for (int k = 0; k < ring.size(); k++) {
                double angle = 2 * Math.PI * k / ring.size() - Math.PI / 2 + hop * 0.35;
                int x = (int) Math.round(MIDDLE + hop * RING * Math.cos(angle));
                int y = (int) Math.round(MIDDLE + hop * RING * Math.sin(angle));
                NetworkView.Node node = node(ring.get(k), hop, x, y);
                nodes.add(node);
                placed.put(node.id(), node);
            }
        });
        nodes.sort(Comparator.comparingInt(NetworkView.Node::hops).thenComparing(NetworkView.Node::label));
        List<NetworkView.Edge> edges = new ArrayList<>();
        for (LinkView link : links) {
            NetworkView.Node a = placed.get(link.fromId());
            NetworkView.Node b = placed.get(link.toId());
            if (a != null && b != null) {
                edges.add(new NetworkView.Edge(link, a.x(), a.y(), b.x(), b.y()));
            }
        }
        return new NetworkView(centre, nodes, edges, capped);
    }

    private static NetworkView.Node node(EntityView e, int hop, int x, int y) {
        return new NetworkView.Node(
                e.id(),
                e.label(),
                e.kindLabel(),
                hop,
                e.child(),
                e.concernRole().isPresent(),
                x,
                y);
    }
}
