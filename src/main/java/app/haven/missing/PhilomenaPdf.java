package app.haven.missing;

import app.haven.people.PersonSummary;
import app.haven.platform.PdfText;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * A child's Philomena profile as a PDF for the police on a new report, marked OFFICIAL-SENSITIVE on every page, in
 * the same way as the screening and chronology prints (OpenPDF).
 */
final class PhilomenaPdf {

    private static final PdfText.Style TITLE = PdfText.Style.TITLE;
    private static final PdfText.Style HEADING = PdfText.Style.HEADING;
    private static final PdfText.Style BODY = PdfText.Style.BODY;
    private static final int EPISODES_SHOWN = 10;

    private PhilomenaPdf() {}

    static byte[] render(PersonSummary child, PhilomenaProfile profile, List<EpisodeView> episodes, String printedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            HeaderFooter marking = new HeaderFooter(PdfText.phrase("OFFICIAL-SENSITIVE", HEADING), false);
            marking.setAlignment(Element.ALIGN_CENTER);
            document.setHeader(marking);
            HeaderFooter footer = new HeaderFooter(
                    PdfText.phrase("OFFICIAL-SENSITIVE · printed by " + printedBy + " · page ", BODY), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            document.add(new Paragraph(PdfText.phrase("Philomena profile: " + child.name(), TITLE)));
            document.add(line(
                    "Date of birth",
                    child.dateOfBirth().map(MissingDates::format).orElse("Not known")));
            document.add(line(
                    "Profile",
                    "version " + profile.version() + ", updated " + MissingDates.format(profile.recordedAt()) + " by "
                            + profile.recordedBy()));
            section(document, "Description", Optional.of(profile.description()));
            section(document, "Photograph", profile.photoReference());
            section(document, "Friends and associates", profile.friendsAndAssociates());
            section(document, "Places frequented", profile.placesFrequented());
            section(document, "Phone and social media", profile.phoneAndSocialMedia());
            section(document, "Health needs", profile.healthNeeds());
            document.add(new Paragraph(PdfText.phrase("Previous episodes", HEADING)));
            if (episodes.isEmpty()) {
                document.add(new Paragraph(PdfText.phrase("None recorded.", BODY)));
            }
            for (EpisodeView e : episodes.stream().limit(EPISODES_SHOWN).toList()) {
                document.add(new Paragraph(PdfText.phrase(
                        "• " + e.categoryLabel() + " from " + MissingDates.format(e.startedAt())
                                + e.endedAt()
                                        .map(end -> " to " + MissingDates.format(end))
                                        .orElse(" (missing now)")
                                + e.whereFound().map(w -> "; found at " + w).orElse("")
                                + e.foundWith().map(w -> "; with " + w).orElse(""),
                        BODY)));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the Philomena profile PDF", e);
        }
        return out.toByteArray();
    }

    private static void section(Document document, String title, Optional<String> text) {
        document.add(new Paragraph(PdfText.phrase(title, HEADING)));
        document.add(new Paragraph(PdfText.phrase(text.orElse("Not recorded"), BODY)));
    }

    private static Paragraph line(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(PdfText.phrase(label + ": ", HEADING));
        paragraph.add(PdfText.phrase(value, BODY));
        return paragraph;
    }
}
