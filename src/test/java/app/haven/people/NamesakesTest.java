package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How many people the name index counts as holding every word of a name typed with no date, or a name each word may
 * stand for: each person once, merged records and people who have since lost the name left out.
 */
class NamesakesTest {

    private final NameIndex index = new NameIndex(null, Clock.systemUTC());
    private long next = 1;

    @Test
    void everyoneHoldingEachWordOrANameItMayStandForIsCountedOnce() {
        add(next, "theodore", "wickerstaff");
        add(next, "theodore", "wickerstaff", "ted");
        add(next, "theodore", "quillerby");
        add(next, "edward", "wickerstaff");
        for (int i = 0; i < 70_000; i++) {
            add(next, i % 2 == 0 ? "edward" : "theodore", "holt");
        }
        add(next, "theodore", "wickerstaff");

        assertThat(count("theodore", "wickerstaff")).isEqualTo(3);
        assertThat(count("theodore", "wickerstaf")).isEqualTo(3);
        // Ted may stand for Theodore or Edward.
        assertThat(count("ted", "wickerstaff")).isEqualTo(4);
        assertThat(count("theodore")).isEqualTo(35_004);
        assertThat(count("theodore", "ted", "wickerstaff")).isEqualTo(3);
        assertThat(count("theodore", "nobody")).isZero();
    }

    @Test
    void aMergedRecordAndSomeoneRenamedSinceAreNotCounted() {
        long kept = add(next, "theodore", "wickerstaff");
        long merged = next++;
        index.put(entry(merged, kept, "theodore", "wickerstaff"));
        long renamed = add(next, "theodore", "wickerstaff");
        index.put(entry(renamed, renamed, "theodore", "brackenridge"));

        assertThat(count("theodore", "wickerstaff")).isEqualTo(1);
    }

    private int count(String... words) {
        List<Set<String>> expanded =
                List.of(words).stream().map(w -> index.expand(w, false, false)).toList();
        return index.holdingAll(expanded);
    }

    private long add(long id, String... tokens) {
        next = id + 1;
        index.put(entry(id, id, tokens));
        return id;
    }

    private static NameIndex.Entry entry(long id, long kept, String... tokens) {
        return new NameIndex.Entry(
                id,
                kept,
                tokens,
                NameIndex.Entry.NO_DATE,
                false,
                (byte) Sex.MALE.ordinal(),
                1,
                "",
                "",
                "",
                NameIndex.Entry.UNNUMBERED);
    }
}
