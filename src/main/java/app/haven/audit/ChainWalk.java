package app.haven.audit;

import app.haven.audit.ChainVerification.BrokenLink;
import app.haven.audit.ChainVerification.Problem;
import app.haven.platform.KeyRing;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Walks the chain one entry at a time in id order, carrying what the next entry must match: the previous hash,
 * the key rules and the published heads still ahead. Plain Java: the verifier feeds it entries from the database.
 */
final class ChainWalk {

    /** An entry as stored: its content, the links and the key that computed its hash (null: un-keyed). */
    record Stored(AuditEntry content, String previousHash, String hash, String keyId) {}

    private final KeyRing keys;
    private final Deque<ChainHead> headsAhead;
    private long count;
    private long lastId;
    private String lastHash = ChainHash.GENESIS;
    private boolean keyedSeen;

    private ChainWalk(KeyRing keys, List<ChainHead> heads) {
        this.keys = keys;
        this.headsAhead = new ArrayDeque<>(heads);
    }

    /** A walk from the first entry, checking every published head (sorted by last id) on the way. */
    static ChainWalk fromStart(KeyRing keys, List<ChainHead> heads) {
        return new ChainWalk(keys, heads);
    }

    /** A walk resumed after a published head whose entry was found intact. */
    static ChainWalk after(KeyRing keys, ChainHead head, boolean headKeyed) {
        ChainWalk walk = new ChainWalk(keys, List.of());
        walk.count = head.count();
        walk.lastId = head.lastId();
        walk.lastHash = head.hash();
        walk.keyedSeen = headKeyed;
        return walk;
    }

    long count() {
        return count;
    }

    long lastId() {
        return lastId;
    }

    String lastHash() {
        return lastHash;
    }

    Optional<BrokenLink> check(Stored entry) {
        count++;
        long id = entry.content().id();
        Optional<BrokenLink> broken = missingHead(id)
                .or(() -> linkProblem(entry, id))
                .or(() -> contentProblem(entry, id))
                .or(() -> headProblem(entry, id));
        lastId = id;
        lastHash = entry.hash();
        keyedSeen |= entry.keyId() != null;
        return broken;
    }

    /** After the last entry: a head published for an entry beyond it means entries were removed from the end. */
    Optional<BrokenLink> finish() {
        return Optional.ofNullable(headsAhead.peek()).map(this::missing);
    }

    private Optional<BrokenLink> missingHead(long id) {
        return Optional.ofNullable(headsAhead.peek())
                .filter(head -> head.lastId() < id)
                .map(this::missing);
    }

    private BrokenLink missing(ChainHead head) {
        return new BrokenLink(
                head.lastId(),
                Problem.ENTRIES_MISSING,
                "entry " + head.lastId() + ", the chain's last of " + head.count() + " entries when its head was"
                        + " published at " + head.publishedAt() + ", is missing");
    }

    private Optional<BrokenLink> linkProblem(Stored entry, long id) {
        if (entry.previousHash().equals(lastHash)) {
            return Optional.empty();
        }
        // Ids can skip where a transaction rolled back, so a skipped id alone proves nothing; a skipped
        // id together with a broken link means the entries in between were removed.
        if (id != lastId + 1) {
            return Optional.of(
                    new BrokenLink(id, Problem.GAP, "the entry it links to is missing (after entry " + lastId + ")"));
        }
        return Optional.of(new BrokenLink(
                id, Problem.PREVIOUS_HASH_MISMATCH, "its previous hash does not match entry " + lastId + "'s hash"));
    }

    private Optional<BrokenLink> contentProblem(Stored entry, long id) {
        if (entry.keyId() == null && keyedSeen) {
            return Optional.of(
                    new BrokenLink(id, Problem.UNKEYED_AFTER_KEYED, "it carries no key although entries before it do"));
        }
        Optional<String> expected = entry.keyId() == null
                ? Optional.of(ChainHash.of(entry.content(), entry.previousHash()))
                : keys.find(entry.keyId()).map(key -> ChainHash.keyed(entry.content(), entry.previousHash(), key));
        if (expected.isEmpty()) {
            return Optional.of(new BrokenLink(
                    id,
                    Problem.UNKNOWN_KEY,
                    "it names a chain key (" + entry.keyId() + ") the key file does not hold"));
        }
        if (expected.get().equals(entry.hash())) {
            return Optional.empty();
        }
        return Optional.of(new BrokenLink(
                id,
                Problem.CONTENT_CHANGED,
                "its content no longer matches its hash: it was changed after it was written"));
    }

    private Optional<BrokenLink> headProblem(Stored entry, long id) {
        while (!headsAhead.isEmpty() && headsAhead.peek().lastId() == id) {
            ChainHead head = headsAhead.poll();
            if (!head.hash().equals(entry.hash()) || head.count() != count) {
                return Optional.of(new BrokenLink(
                        id,
                        Problem.HEAD_MISMATCH,
                        "it differs from the head published at " + head.publishedAt() + " (" + head.count()
                                + " entries then, " + count + " now up to it)"));
            }
        }
        return Optional.empty();
    }
}
