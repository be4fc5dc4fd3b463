package app.haven.engagement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Statistical disclosure control for survey answers shown to people without case-level access: a count from 1 to 5 is
 * shown as "c" (ONS practice for small numbers; the partnership's threshold is 6), and when only one count in a row
 * would be hidden, the next smallest is hidden too, so the row's total cannot give it away. Plain Java.
 */
final class SmallNumbers {

    static final int THRESHOLD = 6;
    static final String SUPPRESSED = "c";

    private SmallNumbers() {}

    /** The row's counts as they may be shown. */
    static List<String> shown(List<Long> counts) {
        List<Boolean> hidden =
                new ArrayList<>(counts.stream().map(SmallNumbers::small).toList());
        if (hidden.stream().filter(h -> h).count() == 1) {
            IntStream.range(0, counts.size())
                    .filter(i -> !hidden.get(i) && counts.get(i) > 0)
                    .boxed()
                    .min(Comparator.comparing(counts::get))
                    .ifPresent(i -> hidden.set(i, true));
        }
        return IntStream.range(0, counts.size())
                .mapToObj(i -> hidden.get(i) ? SUPPRESSED : String.valueOf(counts.get(i)))
                .toList();
    }

    /** A total shown on its own: "c" when it is small. */
    static String total(long count) {
        return small(count) ? SUPPRESSED : String.valueOf(count);
    }

    private static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }
}
