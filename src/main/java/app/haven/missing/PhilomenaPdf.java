package app.haven.missing;

import app.haven.people.PersonSummary;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * A child's Philomena profile as a PDF for the police on a new report, marked OFFICIAL-SENSITIVE on every page, in
 * the same way as the screening and chronology prints (OpenPDF).
 */
final class PhilomenaPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final int EPISODES_SHOWN = 10;

    private PhilomenaPdf() {}

    static byte[] render(PersonSummary child, PhilomenaProfile profile, List<EpisodeView> episodes, String printedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            HeaderFooter marking = new HeaderFooter(new Phrase("OFFICIAL-SENSITIVE", HEADING), false);
            marking.setAlignment(Element.ALIGN_CENTER);
            document.setHeader(marking);
            HeaderFooter footer = new HeaderFooter(
                    new Phrase("OFFICIAL-SENSITIVE · printed by " + printedBy + " · page ", BODY), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            document.setFooter(footer);
            document.open();
            document.add(new Paragraph("Philomena profile: " + child.name(), TITLE));
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
            document.add(new Paragraph("Previous episodes", HEADING));
            if (episodes.isEmpty()) {
                document.add(new Paragraph("None recorded.", BODY));
            }
            for (EpisodeView e : episodes.stream().limit(EPISODES_SHOWN).toList()) {
                document.add(new Paragraph(
                        "• " + e.categoryLabel() + " from " + MissingDates.format(e.startedAt())
                                + e.endedAt()
                                        .map(end -> " to " + MissingDates.format(end))
                                        .orElse(" (missing now)")
                                + e.whereFound().map(w -> "; found at " + w).orElse("")
                                + e.foundWith().map(w -> "; with " + w).orElse(""),
                        BODY));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the Philomena profile PDF", e);
        }
        return out.toByteArray();
    }

    private static void section(Document document, String title, Optional<String> text) {
        document.add(new Paragraph(title, HEADING));
        document.add(new Paragraph(text.orElse("Not recorded"), BODY));
    }

    private static Paragraph line(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Phrase(label + ": ", HEADING));
        paragraph.add(new Phrase(value, BODY));
        return paragraph;
    }
}
