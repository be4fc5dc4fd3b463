package app.haven.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names in any script survive into a PDF: the text read back from the file is the text written. */
class PdfTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Łucja Wróblewska-Żak", // Polish
                "Αλέξανδρος Παπαδόπουλος", // Greek
                "Анна Кузнецова", // Cyrillic
                "محمد الفارسي", // Arabic
                "דוד לוי", // Hebrew
                "Zoë Ní Bhriain" // Latin-1, as before
            })
    void aNameInAnyScriptIsInThePdfsText(String name) throws Exception {
        for (PdfText.Style style : PdfText.Style.values()) {
            String text = textOf(write("Screening: " + name, style));
            assertThat(text.replace(" ", "")).as(style.name()).contains(name.replace(" ", ""));
        }
    }

    /**
     * Chinese is drawn in the Adobe CJK font readers provide, with a Unicode (UCS-2) encoding that readers extract
     * text from; OpenPDF's own extractor cannot read it back, so the test finds the name's UCS-2 codes on the page.
     */
    @ParameterizedTest
    @ValueSource(strings = {"李明华", "王秀英"})
    void aChineseNameIsOnThePageInUnicode(String name) throws Exception {
        PdfReader reader = new PdfReader(write("Screening: " + name, PdfText.Style.BODY));
        try {
            String page = new String(reader.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1);
            String ucs2 = new String(
                    name.getBytes(java.nio.charset.StandardCharsets.UTF_16BE),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(page).contains(ucs2);
        } finally {
            reader.close();
        }
    }

    private static byte[] write(String line, PdfText.Style style) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(PdfText.phrase(line, style)));
        document.close();
        return out.toByteArray();
    }

    private static String textOf(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }
}
