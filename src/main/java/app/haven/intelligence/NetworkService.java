package app.haven.intelligence;

import app.haven.identity.SqlCondition;
import app.haven.intelligence.network.LinkFilter;
import app.haven.intelligence.network.Neighbourhood;
import app.haven.intelligence.network.Network;
import app.haven.intelligence.network.Subnetwork;
import app.haven.platform.HavenPrincipal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The neighbourhood of an entity as the network page shows it: found in memory ({@link Neighbourhood}) within the
 * user's scope, then the nodes' and links' attributes read in two queries that apply the scope again inside them.
 */
@Service
class NetworkService {

    /** The most nodes a page shows: a hub's neighbourhood is cut nearest first, and the page says so. */
    static final int CAP = 500;

    private final NetworkIndex index;
    private final IntelligenceScope scope;
    private final LinkQueries links;
    private final JdbcClient jdbc;

    NetworkService(NetworkIndex index, IntelligenceScope scope, LinkQueries links, JdbcClient jdbc) {
        this.index = index;
        this.scope = scope;
        this.links = links;
        this.jdbc = jdbc;
    }

    NetworkView around(EntityView centre, int hops, LinkFilter filter, HavenPrincipal user) {
        Network network = index.current();
        int start = network.node(centre.id());
        if (start < 0) {
            return new NetworkView(centre, List.of(NetworkPicture.centre(centre)), List.of(), false);
        }
        SqlScope userScope = new SqlScope(network, scope.areaSet(user), jdbc, scope, user);
        Subnetwork found = Neighbourhood.of(network, start, hops, filter, userScope, CAP);
        Map<Long, Integer> hopOf = new HashMap<>();
        for (int k = 0; k < found.nodes().length; k++) {
            hopOf.put(network.entityId(found.nodes()[k]), found.hops()[k]);
        }
        List<EntityView> entities = visibleEntities(List.copyOf(hopOf.keySet()), user);
        List<Long> linkIds =
                Arrays.stream(found.links()).mapToLong(network::linkId).boxed().toList();
        return NetworkPicture.lay(centre, entities, hopOf, links.byIds(linkIds, user), found.capped());
    }

    private List<EntityView> visibleEntities(List<Long> ids, HavenPrincipal user) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        SqlCondition visible = scope.entities(user, "e");
        return jdbc.sql("SELECT e.*, ar.name AS area_name, lt.label AS location_label, " + EntityQueries.LABEL
                        + " AS shown_label FROM intel_entity e JOIN area ar ON ar.id = e.area_id"
                        + " LEFT JOIN intel_location_type lt ON lt.code = e.location_type WHERE e.id IN (:ids) AND "
                        + visible.sql() + " ORDER BY e.id")
                .params(visible.parameters())
                .param("ids", ids)
                .query((rs, row) -> EntityQueries.view(rs))
                .list();
    }
}
