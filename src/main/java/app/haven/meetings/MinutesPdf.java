package app.haven.meetings;

import app.haven.platform.PdfText;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;

/**
 * A meeting's minutes as a PDF, marked OFFICIAL-SENSITIVE on every page like Haven's other prints. It prints only
 * what the reader's minutes hold: the sections of children they may not open are not in it.
 */
final class MinutesPdf {

    private static final PdfText.Style TITLE = PdfText.Style.TITLE;
    private static final PdfText.Style HEADING = PdfText.Style.HEADING;
    private static final PdfText.Style BODY = PdfText.Style.BODY;

    private MinutesPdf() {}

    static byte[] render(MinutesView minutes, String printedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            HeaderFooter marking = new HeaderFooter(PdfText.phrase("OFFICIAL-SENSITIVE", HEADING), false);
            marking.setAlignment(Element.ALIGN_CENTER);
            document.setHeader(marking);
            HeaderFooter footer = new HeaderFooter(
                    PdfText.phrase("OFFICIAL-SENSITIVE · printed for " + printedBy + " · page ", BODY), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            MeetingView meeting = minutes.meeting();
            document.add(new Paragraph(PdfText.phrase("Minutes: " + meeting.groupName(), TITLE)));
            line(document, meeting.typeLabel() + ", " + meeting.when() + ", " + meeting.where());
            line(document, "Chair: " + meeting.chairName() + (meeting.held() ? "" : " (not yet closed as held)"));
            attendance(document, minutes);
            for (AgendaItemView item : minutes.items()) {
                item(document, minutes, item);
            }
            if (minutes.hiddenChildren() > 0) {
                line(document, MinutesText.hidden(minutes.hiddenChildren()));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the minutes PDF", e);
        }
        return out.toByteArray();
    }

    private static void attendance(Document document, MinutesView minutes) {
        document.add(new Paragraph(PdfText.phrase("Attendance", HEADING)));
        for (AttendanceRow row : minutes.attendance()) {
            line(
                    document,
                    "• " + row.agency() + ": " + row.statusLabel()
                            + (row.names().isBlank() ? "" : " (" + row.names() + ")"));
        }
        if (!minutes.quorum().met()) {
            line(document, minutes.quorum().warning());
        }
    }

    private static void item(Document document, MinutesView minutes, AgendaItemView item) {
        document.add(new Paragraph(PdfText.phrase(item.position() + ". " + item.heading(), HEADING)));
        if (!item.reasons().isEmpty()) {
            line(document, "On the agenda: " + item.reasonsText());
        }
        line(document, item.notes().isBlank() ? "No notes recorded." : item.notes());
        item.bandAgreed().ifPresent(band -> line(document, "Band agreed: " + band));
        item.decisions().forEach(d -> line(document, "Decision: " + d));
        minutes.actionsFor(item.id())
                .forEach(a -> line(
                        document,
                        "Action for " + a.owner() + " (" + a.ownerAgency() + "), due " + a.due() + ": "
                                + a.description() + " [" + a.statusLabel() + "]"));
    }

    private static void line(Document document, String text) {
        document.add(new Paragraph(PdfText.phrase(text, BODY)));
    }
}
