package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Intersections and unions of posting lists, each slot once, across the windows the intersection walks. */
class SlotListsTest {

    @Test
    void slotsInOneOfTheFirstListsAndOneOfTheSecondAreFoundOnceAcrossWindows() {
        int window = SlotLists.WINDOW;
        NameIndex.Slice rareA = slice(3, 70, window - 1, window, 2 * window + 5, 5 * window + 1);
        NameIndex.Slice rareB = slice(70, 400, 3 * window);
        NameIndex.Slice commonA =
                slice(IntStream.range(0, 6 * window).filter(i -> i % 10 == 0).toArray());
        NameIndex.Slice commonB = slice(3, 400, window, 3 * window, 5 * window + 1);

        NameIndex.Slice both = SlotLists.inBoth(List.of(rareA, rareB), List.of(commonA, commonB), 6 * window);

        assertThat(sorted(both)).containsExactly(3, 70, 400, window, 3 * window, 5 * window + 1);
    }

    @Test
    void listsThatShareNothingOrAreEmptyGiveNothing() {
        assertThat(sorted(SlotLists.inBoth(List.of(slice(1, 5, 9)), List.of(slice(2, 6, 10)), 20)))
                .isEmpty();
        assertThat(sorted(SlotLists.inBoth(List.of(slice()), List.of(slice(1, 2)), 20)))
                .isEmpty();
        assertThat(sorted(SlotLists.inBoth(List.of(slice(1, 2)), List.of(), 20)))
                .isEmpty();
    }

    @Test
    void aUnionHoldsEachSlotOnce() {
        assertThat(sorted(SlotLists.inAny(List.of(slice(1, 4, 9), slice(4, 5, 9, 200000)))))
                .containsExactly(1, 4, 5, 9, 200000);
    }

    private static NameIndex.Slice slice(int... slots) {
        int[] padded = Arrays.copyOf(slots, slots.length + 3);
        return new NameIndex.Slice(padded, slots.length);
    }

    private static List<Integer> sorted(NameIndex.Slice slice) {
        List<Integer> all =
                Arrays.stream(Arrays.copyOf(slice.ids(), slice.size())).boxed().toList();
        assertThat(new TreeSet<>(all)).hasSameSizeAs(all);
        return List.copyOf(new TreeSet<>(all));
    }
}
