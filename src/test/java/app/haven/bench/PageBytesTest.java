package app.haven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark clients' search for a page's expected text in the bytes they read. */
class PageBytesTest {

    @Test
    void findsTextOnlyWithinTheRangeAsked() {
        byte[] page = utf8("<p>register-table</p><p>register-table</p>");
        assertThat(PageBytes.indexOf(page, 0, page.length, utf8("register-table")))
                .isEqualTo(3);
        assertThat(PageBytes.indexOf(page, 4, page.length, utf8("register-table")))
                .isEqualTo(24);
        assertThat(PageBytes.indexOf(page, 4, 37, utf8("register-table"))).isEqualTo(-1);
    }

    @Test
    void saysSoWhenTheTextIsMissingOrOnlyPartlyThere() {
        assertThat(PageBytes.indexOf(utf8("<p>register-tab</p>"), 0, 19, utf8("register-table")))
                .isEqualTo(-1);
        assertThat(PageBytes.indexOf(utf8("abc"), 0, 2, utf8("bc"))).isEqualTo(-1);
    }

    @Test
    void matchesTextOutsideLatinOneByItsUtf8Bytes() {
        byte[] page = utf8("Zoë’s plan");
        assertThat(PageBytes.indexOf(page, 0, page.length, utf8("Zoë’s"))).isZero();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
