package app.haven.insight;

import app.haven.platform.PdfText;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * An area's problem profile as a PDF (OpenPDF, every character through {@link PdfText}), marked OFFICIAL-SENSITIVE: it
 * describes persons of concern (unnamed) from intelligence, beside aggregates after disclosure control.
 */
final class ProblemProfilePdf {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private ProblemProfilePdf() {}

    static byte[] render(String title, String asAt, List<MeasureTable> tables, String printedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            PdfWriter.getInstance(document, out);
            HeaderFooter marking = new HeaderFooter(PdfText.phrase(MARKING, PdfText.Style.HEADING), false);
            marking.setAlignment(Element.ALIGN_CENTER);
            document.setHeader(marking);
            HeaderFooter footer = new HeaderFooter(
                    PdfText.phrase(MARKING + " · printed by " + printedBy + " · page ", PdfText.Style.BODY), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            document.add(new Paragraph(PdfText.phrase(title, PdfText.Style.TITLE)));
            document.add(new Paragraph(PdfText.phrase(asAt, PdfText.Style.BODY)));
            document.add(new Paragraph(PdfText.phrase(
                    "Counts from 1 to 5 are shown as \"c\", and a further count is hidden wherever a hidden one could"
                            + " be worked out from a total; totals are rounded. Persons of concern are described, not"
                            + " named.",
                    PdfText.Style.BODY)));
            for (MeasureTable table : tables) {
                Paragraph caption = new Paragraph(PdfText.phrase(table.caption(), PdfText.Style.HEADING));
                caption.setSpacingBefore(12);
                caption.setSpacingAfter(6);
                document.add(caption);
                document.add(table.rows().isEmpty() ? none() : grid(table));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the problem profile PDF", e);
        }
        return out.toByteArray();
    }

    private static Element grid(MeasureTable table) {
        List<List<String>> lines = table.lines();
        PdfPTable grid = new PdfPTable(lines.get(0).size());
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1);
        for (int i = 0; i < lines.size(); i++) {
            PdfText.Style style = i == 0 ? PdfText.Style.HEADING : PdfText.Style.BODY;
            lines.get(i).forEach(cell -> grid.addCell(PdfText.phrase(cell, style)));
        }
        return grid;
    }

    private static Paragraph none() {
        return new Paragraph(PdfText.phrase("None recorded.", PdfText.Style.BODY));
    }
}
