package app.haven.intelligence.network;

import java.util.Arrays;

/** A growable list of ints without boxing, for the traversals. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The backing array, valid up to {@link #size()}. */
    int[] raw() {
        return values;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
