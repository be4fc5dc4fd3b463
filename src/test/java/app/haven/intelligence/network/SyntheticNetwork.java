package app.haven.intelligence.network;

import java.util.SplittableRandom;

/**
 * A generated network with community structure and a few hubs, built in memory: entities in communities of about a
 * hundred, each in one of four areas; most links inside a community, some to a neighbouring one; a few hubs with
 * hundreds of links across communities; a share of persons are children, some adults persons of concern. Graded
 * links (ranks 1–15) and some ungraded, dates over five years, one in fifty ended. The same seed gives the same graph.
 */
public final class SyntheticNetwork {

    public static final int AREAS = 4;

    private SyntheticNetwork() {}

    /** Also hands each link (as from, to) to {@code edges}, for loading the same graph into PostgreSQL. */
    public interface Edges {
        void edge(long from, long to);
    }

    public static Network build(int entities, int links, int hubs, long seed, Edges edges) {
        SplittableRandom random = new SplittableRandom(seed);
        Network.Builder builder = Network.builder();
        int community = 100;
        for (int e = 1; e <= entities; e++) {
            int area = 1 + ((e - 1) / community) % AREAS;
            NodeKind kind = NodeKind.values()[random.nextInt(100) < 60 ? 0 : 1 + random.nextInt(5)];
            boolean person = kind == NodeKind.PERSON;
            boolean child = person && random.nextInt(100) < 40;
            boolean concern = e <= hubs || (person && !child && random.nextInt(100) < 30);
            builder.node(e, e <= hubs ? NodeKind.PERSON : kind, area, child && e > hubs, concern);
        }
        int day0 = (int) java.time.LocalDate.of(2021, 1, 1).toEpochDay();
        int hubLinks = Math.min(links / 10, hubs * 400);
        for (int l = 1; l <= links; l++) {
            long from;
            long to;
            if (l <= hubLinks) {
                from = 1 + (l - 1) % hubs;
                to = 1 + random.nextInt(entities);
            } else {
                from = 1 + random.nextInt(entities);
                long base = ((from - 1) / community) * community;
                if (random.nextInt(100) < 90) {
                    to = 1 + base + random.nextInt(community);
                } else {
                    to = 1 + Math.floorMod(base + community + random.nextInt(community * 3), entities);
                }
            }
            if (to > entities || to == from) {
                to = from == entities ? 1 : from + 1;
            }
            int start = day0 + random.nextInt(1800);
            int rank = random.nextInt(100) < 20 ? 0 : 1 + random.nextInt(15);
            builder.link(
                    l,
                    from,
                    to,
                    new Network.LinkAttributes(
                            LinkType.values()[random.nextInt(LinkType.values().length)],
                            start,
                            random.nextInt(100) < 70 ? Integer.MAX_VALUE : start + random.nextInt(400),
                            rank,
                            random.nextInt(100) < 10,
                            random.nextInt(50) == 0));
            edges.edge(from, to);
        }
        return builder.build();
    }
}
