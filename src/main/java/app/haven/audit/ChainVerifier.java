package app.haven.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Walks the whole chain in id order, recomputing every hash. It reads a batch at a time by id (keyset
 * paging), so memory stays constant however long the log grows and no transaction is held open for the walk.
 */
@Service
class ChainVerifier {

    static final int BATCH = 1_000;

    private final JdbcClient jdbc;

    ChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record StoredEntry(AuditEntry content, String previousHash, String hash) {}

    ChainVerification verify() {
        Walk walk = new Walk();
        long after = 0;
        List<StoredEntry> batch;
        do {
            batch = batchAfter(after);
            for (StoredEntry entry : batch) {
                Optional<ChainVerification.BrokenLink> broken = walk.check(entry);
                if (broken.isPresent()) {
                    return ChainVerification.broken(walk.count, broken.get());
                }
                after = entry.content().id();
            }
        } while (batch.size() == BATCH);
        return ChainVerification.intact(walk.count);
    }

    /** The state carried from one entry to the next. */
    private static final class Walk {
        long count;
        long lastId;
        String lastHash = ChainHash.GENESIS;

        Optional<ChainVerification.BrokenLink> check(StoredEntry entry) {
            count++;
            long id = entry.content().id();
            Optional<ChainVerification.BrokenLink> broken =
                    linkProblem(entry, id).or(() -> contentProblem(entry, id));
            lastId = id;
            lastHash = entry.hash();
            return broken;
        }

        private Optional<ChainVerification.BrokenLink> linkProblem(StoredEntry entry, long id) {
            if (entry.previousHash().equals(lastHash)) {
                return Optional.empty();
            }
            // Ids can skip where a transaction rolled back, so a skipped id alone proves nothing; a skipped
            // id together with a broken link means the entries in between were removed.
            if (id != lastId + 1) {
                return Optional.of(new ChainVerification.BrokenLink(
                        id,
                        ChainVerification.Problem.GAP,
                        "the entry it links to is missing (after entry " + lastId + ")"));
            }
            return Optional.of(new ChainVerification.BrokenLink(
                    id,
                    ChainVerification.Problem.PREVIOUS_HASH_MISMATCH,
                    "its previous hash does not match entry " + lastId + "'s hash"));
        }

        private static Optional<ChainVerification.BrokenLink> contentProblem(StoredEntry entry, long id) {
            if (ChainHash.of(entry.content(), entry.previousHash()).equals(entry.hash())) {
                return Optional.empty();
            }
            return Optional.of(new ChainVerification.BrokenLink(
                    id,
                    ChainVerification.Problem.CONTENT_CHANGED,
                    "its content no longer matches its hash: it was changed after it was written"));
        }
    }

    private List<StoredEntry> batchAfter(long after) {
        return jdbc.sql("SELECT * FROM audit_event WHERE id > :after ORDER BY id LIMIT :limit")
                .param("after", after)
                .param("limit", BATCH)
                .query((rs, n) -> stored(rs))
                .list();
    }

    private static StoredEntry stored(ResultSet rs) throws SQLException {
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
        return new StoredEntry(content, rs.getString("previous_hash"), rs.getString("hash"));
    }
}
