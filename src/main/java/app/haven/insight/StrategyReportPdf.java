package app.haven.insight;

import app.haven.platform.PdfText;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The annual strategy report as a PDF (OpenPDF, every character through {@link PdfText}), marked OFFICIAL: it holds
 * aggregates after disclosure control and no child's data.
 */
final class StrategyReportPdf {

    private StrategyReportPdf() {}

    static byte[] render(String title, String asAt, List<String> sentences, String printedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            HeaderFooter marking = new HeaderFooter(PdfText.phrase("OFFICIAL", PdfText.Style.HEADING), false);
            marking.setAlignment(Element.ALIGN_CENTER);
            document.setHeader(marking);
            HeaderFooter footer = new HeaderFooter(
                    PdfText.phrase("OFFICIAL · printed by " + printedBy + " · page ", PdfText.Style.BODY), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            document.add(new Paragraph(PdfText.phrase(title, PdfText.Style.TITLE)));
            document.add(new Paragraph(PdfText.phrase(asAt, PdfText.Style.BODY)));
            for (String sentence : sentences) {
                document.add(new Paragraph(PdfText.phrase("• " + sentence, PdfText.Style.BODY)));
            }
            document.add(new Paragraph(PdfText.phrase(
                    "Counts from 1 to 5 are not shown; percentages are to one decimal place.", PdfText.Style.BODY)));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the strategy report PDF", e);
        }
        return out.toByteArray();
    }
}
