package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The name index's posting lists stay in ascending id order, each id once, so two of them intersect in one pass. */
class NamePostingsTest {

    @Test
    void idsAddedOutOfOrderOrTwiceAreKeptAscendingAndOnce() {
        NameIndex.Postings postings = new NameIndex.Postings();
        for (long id : new long[] {5, 9, 12, 7, 9, 1, 30, 12, 8, 2, 3}) {
            postings.add(id);
        }
        assertThat(ids(postings.slice())).containsExactly(1L, 2L, 3L, 5L, 7L, 8L, 9L, 12L, 30L);
        assertThat(postings.size()).isEqualTo(9);
    }

    @Test
    void aSliceTakenEarlierIsNotChangedByLaterAdditions() {
        NameIndex.Postings postings = new NameIndex.Postings();
        postings.add(10);
        postings.add(20);
        NameIndex.Slice before = postings.slice();
        postings.add(15);
        postings.add(30);
        assertThat(ids(before)).containsExactly(10L, 20L);
        assertThat(ids(postings.slice())).containsExactly(10L, 15L, 20L, 30L);
    }

    private static Long[] ids(NameIndex.Slice slice) {
        return Arrays.stream(Arrays.copyOf(slice.ids(), slice.size())).boxed().toArray(Long[]::new);
    }
}
