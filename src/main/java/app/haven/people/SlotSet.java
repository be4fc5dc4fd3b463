package app.haven.people;

import java.util.Arrays;

/**
 * The slots one candidate walk has kept, each with its rough weight: an open-addressing table of ints, so that a
 * walk over a few thousand people neither boxes a number nor hashes an object for each.
 */
final class SlotSet {

    private static final int EMPTY = -1;

    private int[] slots = filled(64);
    private double[] weights = new double[64];
    private int size;

    boolean contains(int slot) {
        int mask = slots.length - 1;
        for (int at = mix(slot) & mask; ; at = (at + 1) & mask) {
            if (slots[at] == slot) {
                return true;
            }
            if (slots[at] == EMPTY) {
                return false;
            }
        }
    }

    /** Keeps the slot with this weight (a slot already kept keeps its first weight). */
    void add(int slot, double weight) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int at = mix(slot) & mask; ; at = (at + 1) & mask) {
            if (slots[at] == slot) {
                return;
            }
            if (slots[at] == EMPTY) {
                slots[at] = slot;
                weights[at] = weight;
                size++;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /** Each slot kept and its weight, in no particular order. */
    void forEach(SlotWeight action) {
        for (int at = 0; at < slots.length; at++) {
            if (slots[at] != EMPTY) {
                action.accept(slots[at], weights[at]);
            }
        }
    }

    /** What {@link #forEach} hands each slot to. */
    interface SlotWeight {
        void accept(int slot, double weight);
    }

    private void grow() {
        int[] oldSlots = slots;
        double[] oldWeights = weights;
        slots = filled(oldSlots.length * 2);
        weights = new double[oldSlots.length * 2];
        size = 0;
        for (int at = 0; at < oldSlots.length; at++) {
            if (oldSlots[at] != EMPTY) {
                add(oldSlots[at], oldWeights[at]);
            }
        }
    }

    private static int[] filled(int length) {
        int[] table = new int[length];
        Arrays.fill(table, EMPTY);
        return table;
    }

    /** Spreads neighbouring slots (posting lists are runs of close numbers) over the table. */
    private static int mix(int slot) {
        return slot * 0x9E3779B9 >>> 7;
    }
}
