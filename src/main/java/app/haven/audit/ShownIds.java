package app.haven.audit;

import java.util.List;

/**
 * How a list or a search is described in the audit: the ids of what was shown, never the words typed, within the
 * reason column's 2,000 characters.
 */
public final class ShownIds {

    private static final int MAX = 1900;

    private ShownIds() {}

    /** For example {@code "children shown: 12, 15, 40"}; a long list ends with how many more were shown. */
    public static String describe(String what, List<Long> ids) {
        String prefix = what + " shown: ";
        StringBuilder text = new StringBuilder(prefix);
        int written = 0;
        for (Long id : ids) {
            String next = (written == 0 ? "" : ", ") + id;
            if (text.length() + next.length() > MAX) {
                text.append(" and ").append(ids.size() - written).append(" more");
                break;
            }
            text.append(next);
            written++;
        }
        return written == 0 && ids.isEmpty() ? what + " shown: none" : text.toString();
    }

    static String describe(String what, List<Long> ids, List<Long> childIds) {
        return describe(what, ids) + "; " + describe("children", childIds);
    }
}
