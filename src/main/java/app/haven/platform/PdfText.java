package app.haven.platform;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Text for Haven's PDFs in any script a name may be written in. The standard PDF fonts hold Latin-1 only, so a
 * Polish, Arabic or Chinese name vanished. Each character takes the first font that has it: DejaVu Sans (embedded,
 * subset; Latin, Greek, Cyrillic, Arabic, Hebrew and more; Bitstream Vera licence, from Debian's fonts-dejavu-core,
 * see {@code fonts/DejaVu-LICENSE.txt}), then the Adobe CJK fonts every PDF reader provides (Chinese, Japanese,
 * Korean; not embedded, as OpenPDF ships their metrics only).
 */
public final class PdfText {

    /** The sizes and weights Haven's documents use. */
    public enum Style {
        TITLE(16, true),
        HEADING(12, true),
        BODY(10, false);

        private final float size;
        private final boolean bold;

        Style(float size, boolean bold) {
            this.size = size;
            this.bold = bold;
        }
    }

    private static final BaseFont REGULAR = embedded("/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = embedded("/fonts/DejaVuSans-Bold.ttf");
    private static final BaseFont[] CJK = {
        cjk("STSong-Light", "UniGB-UCS2-H"),
        cjk("HeiseiMin-W3", "UniJIS-UCS2-H"),
        cjk("HYSMyeongJo-Medium", "UniKS-UCS2-H")
    };

    /**
     * One selector per style, made once: making a {@code FontSelector} reads and parses OpenPDF's fallback font from its
     * jar (about 50 ms), which, once per phrase, made a 100-child set of minutes take seconds. Choosing fonts
     * ({@code process}) only reads the selector's list, so one selector serves every document and thread.
     */
    private static final Map<Style, FontSelector> SELECTORS = selectors();

    private PdfText() {}

    /** The text as a phrase whose every character is drawn in a font that has it. */
    public static Phrase phrase(String text, Style style) {
        return SELECTORS.get(style).process(text == null ? "" : text);
    }

    private static Map<Style, FontSelector> selectors() {
        Map<Style, FontSelector> selectors = new EnumMap<>(Style.class);
        for (Style style : Style.values()) {
            FontSelector selector = new FontSelector();
            selector.addFont(new Font(style.bold ? BOLD : REGULAR, style.size));
            for (BaseFont font : CJK) {
                selector.addFont(new Font(font, style.size, style.bold ? Font.BOLD : Font.NORMAL));
            }
            selectors.put(style, selector);
        }
        return Collections.unmodifiableMap(selectors);
    }

    private static BaseFont embedded(String resource) {
        try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont cjk(String name, String encoding) {
        try {
            return BaseFont.createFont(name, encoding, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
