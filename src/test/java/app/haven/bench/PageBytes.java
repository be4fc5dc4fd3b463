package app.haven.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a page's bytes into a buffer kept by each client thread and says whether they hold the expected text. */
final class PageBytes {

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[256 * 1024]);

    private PageBytes() {}

    /** Reads {@code body} to its end (closing it) and says whether {@code wanted} occurs in it. */
    static boolean contains(InputStream body, byte[] wanted) throws IOException {
        byte[] buffer = BUFFER.get();
        int length = 0;
        try (body) {
            int read;
            while ((read = body.read(buffer, length, buffer.length - length)) != -1) {
                length += read;
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    BUFFER.set(buffer);
                }
            }
        }
        return indexOf(buffer, 0, length, wanted) >= 0;
    }

    /** Where {@code wanted} first starts within bytes {@code from} (inclusive) to {@code to} (exclusive), or -1. */
    static int indexOf(byte[] bytes, int from, int to, byte[] wanted) {
        outer:
        for (int i = from; i + wanted.length <= to; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
