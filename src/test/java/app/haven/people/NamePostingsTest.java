package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The name index's posting lists stay in ascending slot order, each id once, so two of them intersect in one pass. */
class NamePostingsTest {

    @Test
    void idsAddedOutOfOrderOrTwiceAreKeptAscendingAndOnce() {
        NameIndex.Postings postings = new NameIndex.Postings();
        for (int id : new int[] {5, 9, 12, 7, 9, 1, 30, 12, 8, 2, 3}) {
            postings.add(id);
        }
        assertThat(ids(postings.slice())).containsExactly(1, 2, 3, 5, 7, 8, 9, 12, 30);
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
        assertThat(ids(before)).containsExactly(10, 20);
        assertThat(ids(postings.slice())).containsExactly(10, 15, 20, 30);
    }

    private static Integer[] ids(NameIndex.Slice slice) {
        return Arrays.stream(Arrays.copyOf(slice.ids(), slice.size())).boxed().toArray(Integer[]::new);
    }
}
