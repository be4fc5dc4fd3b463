package app.haven.platform.database;

import java.nio.file.Path;

/**
 * Where the embedded server keeps what is not in the data directory, and how many connections it takes.
 *
 * @param cacheRoot where unpacked binaries go when Haven is not root ({@code ~/.cache/haven/postgres})
 * @param rootHome where binaries, and clusters the server account cannot otherwise reach, go when Haven is
 *     root ({@code /var/lib/haven}: every parent is searchable by {@code nobody})
 * @param maxConnections the server's {@code max_connections}
 */
record ServerSettings(Path cacheRoot, Path rootHome, int maxConnections) {

    static ServerSettings defaults() {
        return new ServerSettings(
                Path.of(System.getProperty("user.home"), ".cache", "haven", "postgres"),
                Path.of("/var/lib/haven"),
                100);
    }

    ServerSettings withMaxConnections(int connections) {
        return new ServerSettings(cacheRoot, rootHome, connections);
    }

    Path binaryCache(ServerAccount account) {
        return account.isRoot() ? rootHome.resolve("postgres") : cacheRoot;
    }

    Path relocationRoot() {
        return rootHome.resolve("clusters");
    }
}
