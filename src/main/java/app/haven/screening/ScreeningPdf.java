package app.haven.screening;

import app.haven.people.PersonSummary;
import app.haven.platform.PdfText;
import app.haven.screening.banding.Indicator;
import app.haven.screening.banding.ToolDefinition;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A completed screening as a PDF for the file, marked OFFICIAL-SENSITIVE on every page. */
final class ScreeningPdf {

    // Fonts for any script a child's name or words may be in (PdfText): the standard fonts hold Latin-1 only.
    private static final PdfText.Style TITLE = PdfText.Style.TITLE;
    private static final PdfText.Style HEADING = PdfText.Style.HEADING;
    private static final PdfText.Style BODY = PdfText.Style.BODY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private ScreeningPdf() {}

    static byte[] render(
            PersonSummary child,
            ScreeningRecord screening,
            ToolDefinition tool,
            List<OverrideView> overrides,
            app.haven.screening.banding.Band standing,
            String printedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            PdfWriter.getInstance(document, out);
            HeaderFooter marking = new HeaderFooter(PdfText.phrase("OFFICIAL-SENSITIVE", HEADING), false);
            marking.setAlignment(Element.ALIGN_CENTER);
            document.setHeader(marking);
            HeaderFooter footer = new HeaderFooter(
                    PdfText.phrase("OFFICIAL-SENSITIVE · printed by " + printedBy + " · page ", BODY), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            document.add(new Paragraph(PdfText.phrase("CSE screening: " + child.name(), TITLE)));
            document.add(
                    line("Date of birth", child.dateOfBirth().map(DATE::format).orElse("Not known")));
            document.add(line("Tool", tool.name() + ", version " + tool.version()));
            document.add(line(
                    "Date of the screening",
                    screening.screeningDate().map(DATE::format).orElse("")));
            if (!screening.triggers().isEmpty()) {
                document.add(new Paragraph(
                        PdfText.phrase("Child protection: strategy discussion required, whatever the band", HEADING)));
            }
            String points = tool.rules().method() == ToolDefinition.Method.POINTS
                    ? " (" + app.haven.screening.banding.Words.count(screening.points(), "point") + ")"
                    : "";
            boolean overridden = !standing.label().equals(screening.bandLabel().orElse(""));
            document.add(line(
                    "Band",
                    overridden
                            ? standing.label() + " by professional judgement; the tool computed "
                                    + screening.bandLabel().orElse("") + points
                            : standing.label() + points));
            for (OverrideView o : overrides) {
                document.add(line(
                        "Professional judgement",
                        o.band() + ", " + o.statusLabel().toLowerCase() + ": " + o.reason()));
            }
            if (!screening.triggers().isEmpty()) {
                document.add(new Paragraph(PdfText.phrase("Strategy discussion required", HEADING)));
                for (ChildProtectionTrigger trigger : screening.triggers()) {
                    document.add(new Paragraph(PdfText.phrase("• " + trigger.question(), BODY)));
                }
            }
            document.add(new Paragraph(PdfText.phrase("Why", HEADING)));
            for (String reason : screening.reasons()) {
                document.add(new Paragraph(PdfText.phrase("• " + reason, BODY)));
            }
            document.add(new Paragraph(PdfText.phrase("Indicators present", HEADING)));
            document.add(indicators(screening, tool));
            document.add(new Paragraph(PdfText.phrase("The child's own words", HEADING)));
            document.add(new Paragraph(PdfText.phrase(
                    screening.form().childWords().isEmpty()
                            ? "Not recorded"
                            : screening.form().childWords(),
                    BODY)));
            document.add(new Paragraph(PdfText.phrase("The parent's or carer's view", HEADING)));
            document.add(new Paragraph(PdfText.phrase(
                    screening.form().carerView().isEmpty()
                            ? "Not recorded"
                            : screening.form().carerView(),
                    BODY)));
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the screening PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable indicators(ScreeningRecord screening, ToolDefinition tool) {
        PdfPTable table = new PdfPTable(new float[] {4, 2, 4});
        table.setWidthPercentage(100);
        table.addCell(PdfText.phrase("Indicator", HEADING));
        table.addCell(PdfText.phrase("Basis", HEADING));
        table.addCell(PdfText.phrase("Note", HEADING));
        boolean any = false;
        for (Indicator indicator : tool.indicators()) {
            AnswerInput answer = screening.form().answer(indicator.id());
            if (answer.answer().equals("PRESENT")) {
                any = true;
                table.addCell(PdfText.phrase(indicator.wording(), BODY));
                table.addCell(PdfText.phrase(
                        answer.basis().equals("JUDGEMENT") ? "Professional judgement" : "Evidenced", BODY));
                table.addCell(PdfText.phrase(answer.note(), BODY));
            }
        }
        if (!any) {
            table.addCell(PdfText.phrase("None", BODY));
            table.addCell(PdfText.phrase("", BODY));
            table.addCell(PdfText.phrase("", BODY));
        }
        return table;
    }

    private static Paragraph line(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(PdfText.phrase(label + ": ", HEADING));
        paragraph.add(PdfText.phrase(value, BODY));
        return paragraph;
    }
}
