package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static String shown(int page, int total) {
        StringBuilder shown = new StringBuilder();
        for (PageLinks.Item item : PageLinks.of("/cases", page, total).items()) {
            shown.append(item.ellipsis() ? "…" : item.current() ? "[" + item.number() + "]" : item.number())
                    .append(' ');
        }
        return shown.toString().strip();
    }

    @Test
    void showsFirstLastCurrentAndNeighboursWithEllipsesForGaps() {
        assertThat(shown(1, 1)).isEqualTo("[1]");
        assertThat(shown(1, 3)).isEqualTo("[1] 2 3");
        assertThat(shown(1, 10)).isEqualTo("[1] 2 … 10");
        assertThat(shown(4, 10)).isEqualTo("1 … 3 [4] 5 … 10");
        assertThat(shown(3, 10)).isEqualTo("1 2 [3] 4 … 10");
        assertThat(shown(10, 10)).isEqualTo("1 … 9 [10]");
    }

    @Test
    void addsThePageToAnExistingQuery() {
        assertThat(PageLinks.of("/people?q=smith", 1, 3).next()).hasValue("/people?q=smith&page=2");
        assertThat(PageLinks.of("/people", 2, 3).previous()).hasValue("/people?page=1");
        assertThat(PageLinks.of("/people", 3, 3).next()).isEmpty();
        assertThat(PageLinks.of("/people", 1, 1).needed()).isFalse();
    }
}
