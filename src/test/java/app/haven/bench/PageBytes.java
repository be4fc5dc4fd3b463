package app.haven.bench;

/** Looks for a page's expected text among the bytes a benchmark client read, without decoding them into a string. */
final class PageBytes {

    private PageBytes() {}

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
