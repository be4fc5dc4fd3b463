package app.haven.intelligence;

import java.util.List;

/**
 * What the network page shows, laid out: the nodes (placed on rings by hops from the centre) and the links, the same
 * in the picture and in the table. Coordinates are in the picture's 800 by 800 box.
 */
public record NetworkView(EntityView centre, List<Node> nodes, List<Edge> edges, boolean capped) {

    public record Node(long id, String label, String kind, int hops, boolean child, boolean concern, int x, int y) {
        public String reference() {
            return "I-" + id;
        }
    }

    public record Edge(LinkView link, int x1, int y1, int x2, int y2) {}
}
