package app.haven.audit;

import app.haven.audit.ChainVerification.BrokenLink;
import app.haven.audit.ChainVerification.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Walks the chain in id order, recomputing every keyed hash and comparing it with every head published outside
 * the database. It reads a batch at a time by id (keyset paging), so memory stays constant however long the log
 * grows and no transaction is held open for the walk.
 */
@Service
class ChainVerifier {

    static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final ChainKeys keys;
    private final PublishedHeads heads;
    private final Clock clock;

    ChainVerifier(JdbcClient jdbc, ChainKeys keys, PublishedHeads heads, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.heads = heads;
        this.clock = clock;
    }

    /** What a walk found, and the chain's head at its end (empty when the chain has no entries). */
    record Outcome(ChainVerification verification, Optional<ChainHead> head) {}

    /** The whole chain, against every published head. */
    ChainVerification verify() {
        return walk(ChainWalk.fromStart(keys.ring(), heads.all()), 0).verification();
    }

    /**
     * Only the entries after a published head, and that head's own entry: cheap enough to run at every
     * publication. The full walk ({@link #verify()}) is what proves the entries before it.
     */
    Outcome verifySince(Optional<ChainHead> published) {
        if (published.isEmpty()) {
            return walk(ChainWalk.fromStart(keys.ring(), List.of()), 0);
        }
        ChainHead head = published.get();
        Optional<Stored> entry = jdbc.sql("SELECT hash, key_id FROM audit_event WHERE id = :id")
                .param("id", head.lastId())
                .query((rs, n) -> new Stored(rs.getString("hash"), rs.getString("key_id")))
                .optional();
        if (entry.isEmpty() || !entry.get().hash().equals(head.hash())) {
            Problem problem = entry.isEmpty() ? Problem.ENTRIES_MISSING : Problem.HEAD_MISMATCH;
            return new Outcome(
                    ChainVerification.broken(
                            head.count(),
                            new BrokenLink(
                                    head.lastId(), problem, "the last published head's entry was removed or changed")),
                    Optional.empty());
        }
        return walk(ChainWalk.after(keys.ring(), head, entry.get().keyId() != null), head.lastId());
    }

    private record Stored(String hash, String keyId) {}

    private Outcome walk(ChainWalk walk, long after) {
        List<ChainWalk.Stored> batch;
        do {
            batch = batchAfter(after);
            for (ChainWalk.Stored entry : batch) {
                Optional<BrokenLink> broken = walk.check(entry);
                if (broken.isPresent()) {
                    return new Outcome(ChainVerification.broken(walk.count(), broken.get()), Optional.empty());
                }
                after = entry.content().id();
            }
        } while (batch.size() == BATCH);
        Optional<BrokenLink> missing = walk.finish();
        if (missing.isPresent()) {
            return new Outcome(ChainVerification.broken(walk.count(), missing.get()), Optional.empty());
        }
        Optional<ChainHead> head = walk.count() == 0
                ? Optional.empty()
                : Optional.of(new ChainHead(clock.instant(), walk.count(), walk.lastId(), walk.lastHash()));
        return new Outcome(ChainVerification.intact(walk.count()), head);
    }

    private List<ChainWalk.Stored> batchAfter(long after) {
        return jdbc.sql("SELECT * FROM audit_event WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", after)
                .param("limit", BATCH)
                .query((rs, n) -> stored(rs))
                .list();
    }

    private static ChainWalk.Stored stored(ResultSet rs) throws SQLException {
        AuditEntry content = new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("user_id", Long.class),
                rs.getObject("agency_id", Long.class),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getObject("subject_id", Long.class),
                rs.getObject("child_id", Long.class),
                rs.getString("reason"),
                rs.getString("request_id"),
                rs.getString("client_address"));
        return new ChainWalk.Stored(
                content, rs.getString("previous_hash"), rs.getString("hash"), rs.getString("key_id"));
    }
}
