package app.haven.screening;

import app.haven.people.PersonSummary;
import app.haven.screening.banding.Indicator;
import app.haven.screening.banding.ToolDefinition;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A completed screening as a PDF for the file, marked OFFICIAL-SENSITIVE on every page. */
final class ScreeningPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
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
            HeaderFooter marking = new HeaderFooter(new Phrase("OFFICIAL-SENSITIVE", HEADING), false);
            marking.setAlignment(Element.ALIGN_CENTER);
            document.setHeader(marking);
            HeaderFooter footer = new HeaderFooter(
                    new Phrase("OFFICIAL-SENSITIVE · printed by " + printedBy + " · page ", BODY), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            document.add(new Paragraph("CSE screening: " + child.name(), TITLE));
            document.add(
                    line("Date of birth", child.dateOfBirth().map(DATE::format).orElse("Not known")));
            document.add(line("Tool", tool.name() + ", version " + tool.version()));
            document.add(line(
                    "Date of the screening",
                    screening.screeningDate().map(DATE::format).orElse("")));
            if (!screening.triggers().isEmpty()) {
                document.add(
                        new Paragraph("Child protection: strategy discussion required, whatever the band", HEADING));
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
                document.add(new Paragraph("Strategy discussion required", HEADING));
                for (ChildProtectionTrigger trigger : screening.triggers()) {
                    document.add(new Paragraph("• " + trigger.question(), BODY));
                }
            }
            document.add(new Paragraph("Why", HEADING));
            for (String reason : screening.reasons()) {
                document.add(new Paragraph("• " + reason, BODY));
            }
            document.add(new Paragraph("Indicators present", HEADING));
            document.add(indicators(screening, tool));
            document.add(new Paragraph("The child's own words", HEADING));
            document.add(new Paragraph(
                    screening.form().childWords().isEmpty()
                            ? "Not recorded"
                            : screening.form().childWords(),
                    BODY));
            document.add(new Paragraph("The parent's or carer's view", HEADING));
            document.add(new Paragraph(
                    screening.form().carerView().isEmpty()
                            ? "Not recorded"
                            : screening.form().carerView(),
                    BODY));
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
        table.addCell(new Phrase("Indicator", HEADING));
        table.addCell(new Phrase("Basis", HEADING));
        table.addCell(new Phrase("Note", HEADING));
        boolean any = false;
        for (Indicator indicator : tool.indicators()) {
            AnswerInput answer = screening.form().answer(indicator.id());
            if (answer.answer().equals("PRESENT")) {
                any = true;
                table.addCell(new Phrase(indicator.wording(), BODY));
                table.addCell(
                        new Phrase(answer.basis().equals("JUDGEMENT") ? "Professional judgement" : "Evidenced", BODY));
                table.addCell(new Phrase(answer.note(), BODY));
            }
        }
        if (!any) {
            table.addCell(new Phrase("None", BODY));
            table.addCell(new Phrase("", BODY));
            table.addCell(new Phrase("", BODY));
        }
        return table;
    }

    private static Paragraph line(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Phrase(label + ": ", HEADING));
        paragraph.add(new Phrase(value, BODY));
        return paragraph;
    }
}
