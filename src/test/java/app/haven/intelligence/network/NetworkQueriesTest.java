package app.haven.intelligence.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each network query on the hand-drawn network of {@link NetworkFixture}, whose answers are known. */
class NetworkQueriesTest {

    private final Network network = NetworkFixture.build();

    @Test
    void oneHopFromAnAdultReachesTheEntitiesLinkedToThemAndTheLinksAmongThem() {
        Subnetwork near = Neighbourhood.of(network, node(1), 1, LinkFilter.ANY, Scope.EVERYTHING, 500);
        assertThat(entities(near)).containsExactlyInAnyOrder(1L, 11L, 12L, 13L, 21L, 3L);
        // Child 11 frequents the hotel too: that link is between two nodes shown, so it is returned.
        assertThat(linkIds(near)).containsExactlyInAnyOrder(101L, 102L, 103L, 104L, 105L, 110L);
    }

    @Test
    void twoHopsReachTheSecondAdultThroughTheirCommonAssociateOnlyWhileTheAssociationRan() {
        Subnetwork all = Neighbourhood.of(network, node(1), 2, LinkFilter.ANY, Scope.EVERYTHING, 500);
        assertThat(entities(all)).contains(2L).doesNotContain(22L, 14L);
        assertThat(hopOf(all, 2)).isEqualTo(2);

        LinkFilter in2025 =
                new LinkFilter(LinkType.ALL, NetworkFixture.day(2025, 1, 1), NetworkFixture.day(2025, 12, 31), 0);
        assertThat(entities(Neighbourhood.of(network, node(1), 2, in2025, Scope.EVERYTHING, 500)))
                .doesNotContain(2L);
    }

    @Test
    void threeHopsReachTheCarButNotThroughTheEndedTransportLink() {
        Subnetwork far = Neighbourhood.of(network, node(1), 3, LinkFilter.ANY, Scope.EVERYTHING, 500);
        assertThat(entities(far)).contains(22L, 14L).doesNotContain(30L);
        assertThat(linkIds(far)).doesNotContain(108L);
        assertThat(hopOf(far, 22)).isEqualTo(3);
    }

    @Test
    void typeFilterFollowsOnlyTheChosenTypes() {
        LinkFilter exploited = new LinkFilter(
                LinkType.maskOf(EnumSet.of(LinkType.EXPLOITED)), Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
        assertThat(entities(Neighbourhood.of(network, node(1), 3, exploited, Scope.EVERYTHING, 500)))
                .containsExactlyInAnyOrder(1L, 11L, 12L);
    }

    @Test
    void minimumGradingLeavesOutUngradedAndWeakerLinks() {
        LinkFilter twoB = new LinkFilter(LinkType.ALL, Integer.MIN_VALUE, Integer.MAX_VALUE, GradeRank.of(2, 1));
        assertThat(entities(Neighbourhood.of(network, node(1), 3, twoB, Scope.EVERYTHING, 500)))
                .containsExactlyInAnyOrder(1L, 3L);
        LinkFilter threeE = new LinkFilter(LinkType.ALL, Integer.MIN_VALUE, Integer.MAX_VALUE, GradeRank.of(3, 4));
        assertThat(entities(Neighbourhood.of(network, node(2), 1, threeE, Scope.EVERYTHING, 500)))
                .containsExactlyInAnyOrder(2L, 14L);
    }

    @Test
    void aHiddenNodeIsNeitherShownNorPassedThrough() {
        Scope withoutAssociate = only(n -> network.entityId(n) != 3);
        Subnetwork scoped = Neighbourhood.of(network, node(1), 3, LinkFilter.ANY, withoutAssociate, 500);
        assertThat(entities(scoped)).doesNotContain(3L, 2L, 22L, 14L);
        assertThat(linkIds(scoped)).doesNotContain(110L, 109L);
    }

    @Test
    void theCapStopsTheFanOutNearestFirstAndSaysSo() {
        Subnetwork capped = Neighbourhood.of(network, node(1), 3, LinkFilter.ANY, Scope.EVERYTHING, 4);
        assertThat(capped.size()).isEqualTo(4);
        assertThat(capped.capped()).isTrue();
        assertThat(Arrays.stream(capped.hops()).max().getAsInt()).isEqualTo(1);
    }

    @Test
    void refusesHopsOutsideOneToThree() {
        assertThatThrownBy(() -> Neighbourhood.of(network, node(1), 4, LinkFilter.ANY, Scope.EVERYTHING, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortestConnectionFindsTheFewestLinks() {
        Subnetwork path = ShortestConnection.between(network, node(12), node(22), LinkFilter.ANY, Scope.EVERYTHING, 6)
                .orElseThrow();
        assertThat(entities(path)).containsExactly(12L, 1L, 3L, 2L, 22L);
        assertThat(linkIds(path)).containsExactly(102L, 110L, 109L, 106L);
    }

    @Test
    void shortestConnectionIsEmptyWhenOnlyAHiddenNodeOrTooManyHopsWouldJoinThem() {
        assertThat(ShortestConnection.between(network, node(12), node(22), LinkFilter.ANY, Scope.EVERYTHING, 3))
                .isEmpty();
        assertThat(ShortestConnection.between(
                        network, node(12), node(22), LinkFilter.ANY, only(n -> network.entityId(n) != 3), 6))
                .isEmpty();
        assertThat(ShortestConnection.between(network, node(1), node(30), LinkFilter.ANY, Scope.EVERYTHING, 6))
                .isEmpty();
    }

    @Test
    void connectedGroupsSplitWhereOnlyAnEndedOrFilteredLinkJoined() {
        List<int[]> groups = ConnectedGroups.of(network, LinkFilter.ANY, Scope.EVERYTHING, 2);
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0)).hasSize(9);

        LinkFilter in2025 =
                new LinkFilter(LinkType.ALL, NetworkFixture.day(2025, 1, 1), NetworkFixture.day(2025, 12, 31), 0);
        List<int[]> split = ConnectedGroups.of(network, in2025, Scope.EVERYTHING, 2);
        assertThat(split).extracting(g -> g.length).containsExactly(6, 3);
        assertThat(Arrays.stream(split.get(1)).mapToLong(network::entityId).boxed())
                .containsExactlyInAnyOrder(2L, 14L, 22L);
    }

    @Test
    void anAdultsChildrenAreCountedOncePerChildWithTheirAreas() {
        int[] children = ManyChildren.childrenOf(network, node(1), LinkFilter.ANY);
        assertThat(Arrays.stream(children).mapToLong(network::entityId).boxed())
                .containsExactlyInAnyOrder(11L, 12L, 13L);
        assertThat(ManyChildren.areasOf(network, children)).containsExactly(10L, 20L);
        assertThat(ManyChildren.childrenOf(network, node(2), LinkFilter.ANY)).hasSize(1);
    }

    @Test
    void theWholeGraphScanFindsOnlyAdultsOfConcernOverTheThreshold() {
        assertThat(ManyChildren.scan(network, 3, LinkFilter.ANY))
                .extracting(network::entityId)
                .containsExactly(1L);
        assertThat(ManyChildren.scan(network, 4, LinkFilter.ANY)).isEmpty();
    }

    @Test
    void linksAddedAfterBuildingAreFollowedAndEndingOneHidesIt() {
        network.putNode(40, NodeKind.ONLINE_ACCOUNT, 20, false, false);
        network.putLink(200, 30, 40, NetworkFixture.open(LinkType.CONTACTED_ONLINE, 0));
        network.putLink(201, 40, 14, NetworkFixture.open(LinkType.CONTACTED_ONLINE, 0));
        assertThat(entities(Neighbourhood.of(network, node(30), 2, LinkFilter.ANY, Scope.EVERYTHING, 10)))
                .containsExactlyInAnyOrder(30L, 40L, 14L);
        network.putLink(
                201,
                40,
                14,
                new Network.LinkAttributes(
                        LinkType.CONTACTED_ONLINE, NetworkFixture.ALL_TIME_FROM, Integer.MAX_VALUE, 0, false, true));
        assertThat(entities(Neighbourhood.of(network, node(30), 2, LinkFilter.ANY, Scope.EVERYTHING, 10)))
                .containsExactlyInAnyOrder(30L, 40L);
    }

    @Test
    void theAlertIsRaisedOnceAtTheCrossingAgainOnlyForANewAreaAndClearsBelow() {
        assertThat(ManyChildren.decide(3, 2, Set.of(10L), Optional.empty()).action())
                .isEqualTo(ManyChildren.Action.NOTHING);
        ManyChildren.Decision crossing = ManyChildren.decide(3, 3, Set.of(10L, 20L), Optional.empty());
        assertThat(crossing.action()).isEqualTo(ManyChildren.Action.RAISE);
        assertThat(crossing.areas()).containsExactly(10L, 20L);
        assertThat(ManyChildren.decide(3, 4, Set.of(10L, 20L), Optional.of(Set.of(10L, 20L)))
                        .action())
                .as("a fourth child in an area already told")
                .isEqualTo(ManyChildren.Action.NOTHING);
        ManyChildren.Decision newArea = ManyChildren.decide(3, 5, Set.of(10L, 20L, 30L), Optional.of(Set.of(10L, 20L)));
        assertThat(newArea.action()).isEqualTo(ManyChildren.Action.NEW_AREAS);
        assertThat(newArea.areas()).containsExactly(30L);
        assertThat(ManyChildren.decide(3, 2, Set.of(10L), Optional.of(Set.of(10L, 20L)))
                        .action())
                .isEqualTo(ManyChildren.Action.CLEAR);
    }

    private int node(long entity) {
        return network.node(entity);
    }

    private int hopOf(Subnetwork sub, long entity) {
        for (int k = 0; k < sub.nodes().length; k++) {
            if (network.entityId(sub.nodes()[k]) == entity) {
                return sub.hops()[k];
            }
        }
        throw new AssertionError("not reached: " + entity);
    }

    private List<Long> entities(Subnetwork sub) {
        return Arrays.stream(sub.nodes()).mapToLong(network::entityId).boxed().toList();
    }

    private List<Long> linkIds(Subnetwork sub) {
        return Arrays.stream(sub.links()).mapToLong(network::linkId).boxed().toList();
    }

    private static Scope only(java.util.function.IntPredicate visible) {
        return new Scope() {
            @Override
            public void prepare(int[] nodes, int count) {}

            @Override
            public boolean visible(int node) {
                return visible.test(node);
            }
        };
    }
}
