package app.haven.people.matching;

/**
 * How one searched-for word matches one word of a record's names, strongest first. The weights order the kinds;
 * a typo or a prefix is weaker evidence than a known nickname.
 */
enum NameMatch {
    EXACT(1.0),
    VARIANT(0.9),
    SOUNDS_ALIKE(0.8),
    TYPO(0.75),
    PREFIX(0.6),
    /** One slip in a three-letter name: found, but weak, since one letter off such a name is often another name. */
    SHORT_TYPO(0.5),
    NONE(0.0);

    final double weight;

    NameMatch(double weight) {
        this.weight = weight;
    }

    /** The strongest way {@code query} matches {@code name}. */
    static NameMatch of(String query, String name) {
        if (query.equals(name)) {
            return EXACT;
        }
        if (NameVariants.standard().areVariants(query, name)) {
            return VARIANT;
        }
        if (query.length() >= 2
                && name.length() >= 2
                && FirstLetters.compatible(query, name)
                && SoundKeys.alike(query, name)) {
            return SOUNDS_ALIKE;
        }
        if (isTypo(query, name)) {
            return Math.min(query.length(), name.length()) < 4 ? SHORT_TYPO : TYPO;
        }
        if (query.length() >= 2 && name.startsWith(query)) {
            return PREFIX;
        }
        return NONE;
    }

    /** One slip for a word of three letters or more, two for seven or more (the shortest word counts). */
    static boolean isTypo(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 3) {
            return false;
        }
        int allowed = shorter >= 7 ? 2 : 1;
        return Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
    }

    /** Edits (insert, delete, substitute, swap neighbours) between two words: optimal string alignment. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
