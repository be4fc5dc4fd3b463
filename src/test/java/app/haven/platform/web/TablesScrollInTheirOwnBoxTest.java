package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * At 375 px no page may scroll sideways: a table wider than a phone scrolls inside its own box instead. Every table
 * in every template must therefore sit inside an element with {@code haven-table-scroll} (or the duplicate
 * comparison's {@code haven-compare}); a table added without one fails here before it fails on a phone.
 */
class TablesScrollInTheirOwnBoxTest {

    private static final Pattern OPENING = Pattern.compile("<(/?)(div|table)\\b([^>]*)>");
    private static final Pattern SCROLLING_BOX =
            Pattern.compile("class=\"[^\"]*\\b(haven-table-scroll|haven-compare)\\b");

    @Test
    void everyTableInEveryTemplateIsInsideAScrollingBox() throws IOException {
        List<String> bare = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
                bare.addAll(bareTables(template));
            }
        }
        assertThat(bare).as("tables not inside a haven-table-scroll box").isEmpty();
    }

    @Test
    void theCheckSeesATableOutsideAnyBox() {
        assertThat(bareTables("t.jte", "<div class=\"govuk-grid-row\"><table class=\"govuk-table\"></table></div>"))
                .containsExactly("t.jte line 1");
        assertThat(bareTables("t.jte", "<div class=\"haven-table-scroll\">\n<div>\n<table></table></div></div>"))
                .isEmpty();
        assertThat(bareTables("t.jte", "<div class=\"haven-table-scroll\"></div>\n<table></table>"))
                .containsExactly("t.jte line 2");
    }

    private static List<String> bareTables(Path template) throws IOException {
        return bareTables(template.toString(), Files.readString(template));
    }

    /** Walks the div nesting; a table is bare when no open div around it is a scrolling box. */
    static List<String> bareTables(String name, String text) {
        List<String> bare = new ArrayList<>();
        List<Boolean> openDivs = new ArrayList<>();
        Matcher tag = OPENING.matcher(text);
        while (tag.find()) {
            boolean closing = !tag.group(1).isEmpty();
            if (tag.group(2).equals("div")) {
                if (closing) {
                    if (!openDivs.isEmpty()) {
                        openDivs.remove(openDivs.size() - 1);
                    }
                } else {
                    openDivs.add(SCROLLING_BOX.matcher(tag.group(3)).find());
                }
            } else if (!closing && !openDivs.contains(Boolean.TRUE)) {
                bare.add(name + " line " + (text.substring(0, tag.start()).split("\n", -1).length));
            }
        }
        return bare;
    }
}
