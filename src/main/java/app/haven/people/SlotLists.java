package app.haven.people;

import java.util.List;

/**
 * Unions and intersections of the name index's posting lists ({@link NameIndex.Slice}: slots in ascending order),
 * for {@link IndexedCandidates}.
 */
final class SlotLists {

    /** Slots looked at in this many slots at a time, with one small bit set (8 kB), while intersecting. */
    static final int WINDOW = 1 << 16;

    private SlotLists() {}

    /** The slots in any of these lists, each once. */
    static NameIndex.Slice inAny(List<NameIndex.Slice> lists) {
        int[] all = new int[lists.stream().mapToInt(NameIndex.Slice::size).sum()];
        SlotSet once = new SlotSet();
        int n = 0;
        for (NameIndex.Slice slice : lists) {
            for (int k = 0; k < slice.size(); k++) {
                int slot = slice.ids()[k];
                if (!once.contains(slot)) {
                    once.add(slot, 0);
                    all[n++] = slot;
                }
            }
        }
        return new NameIndex.Slice(all, n);
    }

    /**
     * The slots in one of {@code few} (the shorter lists) and in one of {@code many}, each once. The lists, each in
     * ascending slot order, are walked together a window of slots at a time: the first group's slots are marked in
     * a small bit set, then the second group's are looked up in it. Every list is read once, in order, with no branch
     * that depends on comparing two lists, so intersecting the commonest names (tens of thousands of holders) costs
     * tens of microseconds, and a person is read from the index only once they are known to qualify. Every slot is
     * below {@code slots}.
     */
    static NameIndex.Slice inBoth(List<NameIndex.Slice> few, List<NameIndex.Slice> many, int slots) {
        int[] both = new int[few.stream().mapToInt(NameIndex.Slice::size).sum()];
        int found = 0;
        long[] marked = new long[WINDOW / 64];
        int[] atFew = new int[few.size()];
        int[] atMany = new int[many.size()];
        boolean left = true;
        for (int from = 0; left && from < slots; from += WINDOW) {
            int to = from + WINDOW;
            boolean any = false;
            left = false;
            for (int f = 0; f < few.size(); f++) {
                int[] ids = few.get(f).ids();
                int size = few.get(f).size();
                int k = atFew[f];
                for (; k < size && ids[k] < to; k++) {
                    int bit = ids[k] - from;
                    marked[bit >>> 6] |= 1L << bit;
                    any = true;
                }
                atFew[f] = k;
                left |= k < size;
            }
            for (int m = 0; m < many.size(); m++) {
                int[] ids = many.get(m).ids();
                int size = many.get(m).size();
                int k = atMany[m];
                if (any) {
                    for (; k < size && ids[k] < to; k++) {
                        int bit = ids[k] - from;
                        long mask = 1L << bit;
                        if ((marked[bit >>> 6] & mask) != 0) {
                            marked[bit >>> 6] &= ~mask;
                            both[found++] = ids[k];
                        }
                    }
                } else {
                    k = skipTo(ids, k, size, to);
                }
                atMany[m] = k;
            }
            if (any) {
                java.util.Arrays.fill(marked, 0L);
            }
        }
        return new NameIndex.Slice(both, found);
    }

    /** The first position at or after {@code k} whose slot is {@code to} or more. */
    private static int skipTo(int[] ids, int k, int size, int to) {
        int at = java.util.Arrays.binarySearch(ids, k, size, to);
        return at >= 0 ? at : -at - 1;
    }
}
