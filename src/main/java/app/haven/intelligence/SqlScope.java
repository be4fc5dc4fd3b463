package app.haven.intelligence;

import app.haven.identity.SqlCondition;
import app.haven.intelligence.network.Network;
import app.haven.intelligence.network.Scope;
import app.haven.platform.HavenPrincipal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The user's scope for one network query. Anything but a child is decided from its area in memory; the children a
 * step reaches are decided together by one SQL query with {@code ChildAccess}'s condition inside it, so the rule is
 * the one every page uses and no hidden child is ever passed through.
 */
final class SqlScope implements Scope {

    private final Network network;
    private final Set<Long> areas;
    private final JdbcClient jdbc;
    private final SqlCondition childVisible;
    private final Map<Integer, Boolean> decided = new HashMap<>();

    SqlScope(Network network, Set<Long> areas, JdbcClient jdbc, IntelligenceScope scope, HavenPrincipal user) {
        this.network = network;
        this.areas = areas;
        this.jdbc = jdbc;
        this.childVisible = scope.entities(user, "e");
    }

    @Override
    public void prepare(int[] nodes, int count) {
        List<Long> children = new ArrayList<>();
        Map<Long, Integer> nodeOf = new HashMap<>();
        for (int k = 0; k < count; k++) {
            int node = nodes[k];
            if (decided.containsKey(node)) {
                continue;
            }
            if (network.child(node)) {
                children.add(network.entityId(node));
                nodeOf.put(network.entityId(node), node);
                decided.put(node, false);
            } else {
                decided.put(node, areas.contains((long) network.area(node)));
            }
        }
        if (!children.isEmpty()) {
            jdbc.sql("SELECT e.id FROM intel_entity e WHERE e.id IN (:ids) AND " + childVisible.sql())
                    .params(childVisible.parameters())
                    .param("ids", children)
                    .query(Long.class)
                    .list()
                    .forEach(id -> decided.put(nodeOf.get(id), true));
        }
    }

    @Override
    public boolean visible(int node) {
        Boolean known = decided.get(node);
        if (known == null) {
            prepare(new int[] {node}, 1);
            known = decided.get(node);
        }
        return known;
    }
}
