package app.haven.audit;

import java.util.Optional;

/**
 * What walking the audit chain found: intact with so many entries, or the first broken link.
 *
 * @param entriesChecked entries walked, up to and including the broken one
 */
public record ChainVerification(long entriesChecked, Optional<BrokenLink> firstBrokenLink) {

    /** How a link can be broken. */
    public enum Problem {
        /** The entry's content no longer gives its stored hash: it was changed after it was written. */
        CONTENT_CHANGED("content changed"),
        /** The entry does not point at the hash of the entry before it, which was changed or replaced. */
        PREVIOUS_HASH_MISMATCH("previous-hash mismatch"),
        /** Entries before this one are missing: the chain points at an entry that is no longer there. */
        GAP("gap"),
        /** The entry's hash names a key the key file does not hold. */
        UNKNOWN_KEY("unknown key"),
        /** An un-keyed (plain SHA-256) entry after keyed ones: written by someone without the key. */
        UNKEYED_AFTER_KEYED("un-keyed entry after keyed ones"),
        /** The entry differs from what a published head recorded, or entries before it were added or removed. */
        HEAD_MISMATCH("differs from a published head"),
        /** An entry a published head recorded is no longer there: entries were deleted. */
        ENTRIES_MISSING("published entries missing");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * @param entryId the first entry that does not verify
     * @param detail what was expected, in words an administrator can act on
     */
    public record BrokenLink(long entryId, Problem problem, String detail) {}

    public static ChainVerification intact(long entries) {
        return new ChainVerification(entries, Optional.empty());
    }

    public static ChainVerification broken(long entriesChecked, BrokenLink link) {
        return new ChainVerification(entriesChecked, Optional.of(link));
    }

    public boolean isIntact() {
        return firstBrokenLink.isEmpty();
    }

    /** One line for people and logs: "intact, 42 entries" or "broken at entry 17: content changed". */
    public String summary() {
        return firstBrokenLink
                .map(link -> "broken at entry " + link.entryId() + ": "
                        + link.problem().description())
                .orElse("intact, " + entriesChecked + (entriesChecked == 1 ? " entry" : " entries"));
    }
}
