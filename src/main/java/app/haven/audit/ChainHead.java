package app.haven.audit;

import java.time.Instant;

/**
 * The chain as it stood when published: how many entries, the last one's id and its hash. Kept outside the
 * database, it pins everything up to that entry: removing, rewriting or re-linking any of it shows.
 */
record ChainHead(Instant publishedAt, long count, long lastId, String hash) {

    /** One line of the heads file: {@code <published at> <count> <last id> <hash>}. */
    String line() {
        return publishedAt + " " + count + " " + lastId + " " + hash;
    }

    static ChainHead parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 4 || !parts[3].matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a chain head: " + line);
        }
        return new ChainHead(Instant.parse(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[3]);
    }
}
