package app.haven.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The operating-system account the PostgreSQL server runs as. PostgreSQL refuses to run as root, so when
 * Haven runs as root the server runs as {@code nobody}, through {@code setpriv}; otherwise as Haven's own user.
 */
class ServerAccount {

    static final String UNPRIVILEGED_USER = "nobody";
    static final String UNPRIVILEGED_GROUP = "nogroup";

    private final boolean root;

    private ServerAccount(boolean root) {
        this.root = root;
    }

    static ServerAccount forThisProcess() {
        return new ServerAccount("root".equals(System.getProperty("user.name")) || uid() == 0);
    }

    boolean isRoot() {
        return root;
    }

    /** The command as the server's account runs it. */
    List<String> command(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(
                List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + UNPRIVILEGED_GROUP, "--clear-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands a directory tree to the server's account (a no-op unless running as root). */
    void own(Path path) throws IOException {
        if (!root) {
            return;
        }
        UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
        var user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(UNPRIVILEGED_GROUP);
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path each : (Iterable<Path>) tree::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(
                        each, PosixFileAttributeView.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                view.setOwner(user);
                view.setGroup(group);
            }
        }
    }

    /** Whether the server's account can reach (search) the directory: every parent must let it through. */
    boolean canReach(Path directory) {
        if (!root) {
            return true;
        }
        try {
            Process test = new ProcessBuilder(command(List.of("test", "-x", directory.toString())))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return test.waitFor() == 0;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "cannot run setpriv to drop root privileges (" + e.getMessage() + ").",
                    "Install util-linux (it provides setpriv), or run Haven as an ordinary user.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long uid() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return ((Number) uid).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }
}
