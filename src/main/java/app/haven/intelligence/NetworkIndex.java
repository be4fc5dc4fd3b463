package app.haven.intelligence;

import app.haven.intelligence.network.LinkType;
import app.haven.intelligence.network.Network;
import app.haven.intelligence.network.NodeKind;
import app.haven.platform.ChangeFeed;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole network in memory ({@link Network}), so a 3-hop neighbourhood costs microseconds instead of a recursive
 * query (ADR 0014). PostgreSQL stays the record: entities and links carry {@code graph_version} from one sequence, and
 * every query first asks for rows changed since the last version seen ({@link ChangeFeed}, the pattern of the people
 * search index, ADR 0006), so a link is in every node's network as soon as its transaction commits.
 */
@Component
class NetworkIndex {

    private static final Logger log = LoggerFactory.getLogger(NetworkIndex.class);
    private static final String ENTITIES = """
            SELECT id, kind, area_id, is_child, concern_role IS NOT NULL AS concern, graph_version FROM intel_entity
            """;
    private static final String LINKS = """
            SELECT id, from_entity, to_entity, link_type, valid_from, valid_to, grade_rank, restricted,
                   ended_at IS NOT NULL AS ended, graph_version FROM intel_link
            """;

    private final JdbcClient jdbc;
    private final ChangeFeed feed;
    private final TransactionTemplate snapshot;
    private volatile Network network;

    NetworkIndex(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.feed = new ChangeFeed(clock);
        // Entities and links are read in one snapshot, so a link is never read without the entities it joins.
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warmUp = new Thread(
                () -> {
                    try {
                        current();
                    } catch (RuntimeException e) {
                        log.warn("Network index not warmed up; the first query will read it: {}", e.getMessage());
                    }
                },
                "network-index-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** The network with every committed change applied. One small query when nothing changed. */
    Network current() {
        if (network == null) {
            build();
        }
        long newest = jdbc.sql("""
                        SELECT greatest((SELECT coalesce(max(graph_version), 0) FROM intel_entity),
                                        (SELECT coalesce(max(graph_version), 0) FROM intel_link))
                        """).query(Long.class).single();
        if (feed.due(newest)) {
            readChanges();
        }
        return network;
    }

    private synchronized void build() {
        if (network == null) {
            snapshot.executeWithoutResult(status -> readAll());
        }
    }

    private synchronized void readChanges() {
        snapshot.executeWithoutResult(status -> applyChanges());
    }

    private void readAll() {
        Network.Builder builder = Network.builder();
        Set<Long> seen = new HashSet<>();
        long since = feed.since();
        jdbc.sql(ENTITIES + " ORDER BY id").query(rs -> {
            builder.node(
                    rs.getLong("id"),
                    kind(rs),
                    rs.getInt("area_id"),
                    rs.getBoolean("is_child"),
                    rs.getBoolean("concern"));
            seen.add(rs.getLong("graph_version"));
        });
        jdbc.sql(LINKS + " ORDER BY id").query(rs -> {
            builder.link(rs.getLong("id"), rs.getLong("from_entity"), rs.getLong("to_entity"), attributes(rs));
            seen.add(rs.getLong("graph_version"));
        });
        network = builder.build();
        feed.saw(since, seen);
    }

    private void applyChanges() {
        long since = feed.since();
        String gaps = feed.gapArray();
        Set<Long> seen = new HashSet<>();
        Network target = network;
        String changed = " WHERE graph_version > :since OR graph_version = ANY(CAST(:gaps AS bigint[])) ORDER BY id";
        jdbc.sql(ENTITIES + changed).param("since", since).param("gaps", gaps).query(rs -> {
            target.putNode(
                    rs.getLong("id"),
                    kind(rs),
                    rs.getInt("area_id"),
                    rs.getBoolean("is_child"),
                    rs.getBoolean("concern"));
            seen.add(rs.getLong("graph_version"));
        });
        jdbc.sql(LINKS + changed).param("since", since).param("gaps", gaps).query(rs -> {
            target.putLink(rs.getLong("id"), rs.getLong("from_entity"), rs.getLong("to_entity"), attributes(rs));
            seen.add(rs.getLong("graph_version"));
        });
        feed.saw(since, seen);
    }

    private static NodeKind kind(ResultSet rs) throws SQLException {
        return NodeKind.valueOf(rs.getString("kind"));
    }

    private static Network.LinkAttributes attributes(ResultSet rs) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new Network.LinkAttributes(
                LinkType.valueOf(rs.getString("link_type")),
                (int) rs.getDate("valid_from").toLocalDate().toEpochDay(),
                to == null ? Integer.MAX_VALUE : (int) to.toLocalDate().toEpochDay(),
                rs.getInt("grade_rank"),
                rs.getBoolean("restricted"),
                rs.getBoolean("ended"));
    }
}
