package app.haven.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageBytesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsTextAnywhereInAPageLargerThanTheStartingBuffer() throws Exception {
        String page = "x".repeat(600_000) + "<table id=\"register-table\">" + "y".repeat(10);
        assertThat(PageBytes.contains(new ByteArrayInputStream(utf8(page)), utf8("register-table")))
                .isTrue();
    }

    @Test
    void saysSoWhenTheTextIsMissingOrOnlyPartlyThere() throws Exception {
        assertThat(PageBytes.contains(new ByteArrayInputStream(utf8("<p>register-tab</p>")), utf8("register-table")))
                .isFalse();
        assertThat(PageBytes.indexOf(utf8("abc"), 0, 2, utf8("bc"))).isEqualTo(-1);
    }

    @Test
    void matchesTextOutsideLatinOneByItsUtf8Bytes() throws Exception {
        assertThat(PageBytes.contains(new ByteArrayInputStream(utf8("Zoë’s plan")), utf8("Zoë’s")))
                .isTrue();
    }
}
