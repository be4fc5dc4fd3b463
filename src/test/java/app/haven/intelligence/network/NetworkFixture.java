package app.haven.intelligence.network;

import java.time.LocalDate;

/**
 * A small hand-drawn network with known answers. Entities (id: what, area):
 *
 * <pre>
 *   1 adult of concern (area 10)   2 adult of concern (area 20)   3 adult, not of concern (10)
 *   11, 12 children (area 10)      13, 14 children (area 20)      21 hotel (10)   22 car (20)   30 lone phone (10)
 *
 *   1 -EXPLOITED-> 11   1 -EXPLOITED-> 12   1 -SEEN_WITH- 13      (1 is linked to three children in two areas)
 *   1 -FREQUENTS-> 21   11 -FREQUENTS-> 21  2 -DRIVES-> 22        2 -SEEN_WITH- 14 (graded 3E)
 *   22 -TRANSPORTED-> 13 (ended)            3 -ASSOCIATES_WITH- 2 (2024 only)   1 -ASSOCIATES_WITH- 3 (graded 1A)
 * </pre>
 */
final class NetworkFixture {

    static final int ALL_TIME_FROM = (int) LocalDate.of(2020, 1, 1).toEpochDay();

    private NetworkFixture() {}

    static Network build() {
        Network.Builder b = Network.builder();
        b.node(1, NodeKind.PERSON, 10, false, true);
        b.node(2, NodeKind.PERSON, 20, false, true);
        b.node(3, NodeKind.PERSON, 10, false, false);
        b.node(11, NodeKind.PERSON, 10, true, false);
        b.node(12, NodeKind.PERSON, 10, true, false);
        b.node(13, NodeKind.PERSON, 20, true, false);
        b.node(14, NodeKind.PERSON, 20, true, false);
        b.node(21, NodeKind.LOCATION, 10, false, false);
        b.node(22, NodeKind.VEHICLE, 20, false, false);
        b.node(30, NodeKind.PHONE, 10, false, false);
        b.link(101, 1, 11, open(LinkType.EXPLOITED, 0));
        b.link(102, 1, 12, open(LinkType.EXPLOITED, 0));
        b.link(103, 1, 13, open(LinkType.SEEN_WITH, 0));
        b.link(104, 1, 21, open(LinkType.FREQUENTS, 0));
        b.link(105, 11, 21, open(LinkType.FREQUENTS, 0));
        b.link(106, 2, 22, open(LinkType.DRIVES, 0));
        b.link(107, 2, 14, open(LinkType.SEEN_WITH, GradeRank.of(3, 4)));
        b.link(
                108,
                22,
                13,
                new Network.LinkAttributes(LinkType.TRANSPORTED, ALL_TIME_FROM, Integer.MAX_VALUE, 0, false, true));
        b.link(
                109,
                3,
                2,
                new Network.LinkAttributes(
                        LinkType.ASSOCIATES_WITH, day(2024, 1, 1), day(2024, 12, 31), 0, false, false));
        b.link(110, 1, 3, open(LinkType.ASSOCIATES_WITH, GradeRank.of(1, 0)));
        return b.build();
    }

    static Network.LinkAttributes open(LinkType type, int rank) {
        return new Network.LinkAttributes(type, ALL_TIME_FROM, Integer.MAX_VALUE, rank, false, false);
    }

    static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }
}
