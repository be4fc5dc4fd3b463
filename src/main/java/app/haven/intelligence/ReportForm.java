package app.haven.intelligence;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report form as typed: source, text, date, grading, the entities it is about (references, one a line) and,
 * optionally, the type of link it shows from the first of them to each of the others.
 */
public record ReportForm(
        String sourceType,
        String sourceDetail,
        String body,
        DateParts reportedOn,
        String system,
        String source,
        String intelligence,
        String handling,
        String conditions,
        String about,
        String linkType) {

    static ReportForm blank(String about) {
        return new ReportForm("", "", "", DateParts.empty(), Grading.APP, "", "", "", "", about, "");
    }

    Grading grading() {
        return new Grading(system, source.strip(), intelligence.strip(), handling.strip(), EntityForm.text(conditions));
    }

    /** The checked report (area and entities still to add), or empty with every error added. */
    Optional<Checked> check(LocalDate today, FormErrors.Builder errors) {
        boolean ok = true;
        if (!IntelChoices.isOneOf(IntelChoices.SOURCES, sourceType)) {
            errors.field("sourceType", "Select where the intelligence came from");
            ok = false;
        }
        if (sourceDetail.length() > 300) {
            errors.field("sourceDetail", "The source must be 300 characters or fewer");
            ok = false;
        }
        if (body.isBlank() || body.length() > 8000) {
            errors.field(
                    "body",
                    body.isBlank() ? "Enter the intelligence" : "The intelligence must be 8,000 characters or fewer");
            ok = false;
        }
        Optional<LocalDate> on = reportedOn.toDate();
        if (on.isEmpty() || on.get().isAfter(today)) {
            errors.date(
                    "reportedOn",
                    on.isEmpty()
                            ? "Enter the date of the intelligence as a real date"
                            : "The date of the intelligence must be today or in the past");
            ok = false;
        }
        for (Grading.Breach breach : grading().breaches()) {
            errors.field(breach.field(), breach.message());
            ok = false;
        }
        List<String> unreadable = new ArrayList<>();
        List<References.Reference> references = References.lines(about, unreadable);
        if (!unreadable.isEmpty() || references.isEmpty()) {
            errors.field(
                    "about",
                    references.isEmpty() && unreadable.isEmpty()
                            ? "Enter what the report is about: at least one reference, like I-12 or P-340"
                            : "Each line must be a reference like I-12 (an entity) or P-340 (a person record): check "
                                    + String.join(", ", unreadable));
            ok = false;
        }
        boolean linking = !linkType.isBlank();
        if (linking && (!IntelChoices.isOneOf(IntelChoices.LINK_TYPES, linkType) || references.size() < 2)) {
            errors.field(
                    "linkType",
                    references.size() < 2
                            ? "To link them, enter at least two references: the first is linked to each of the others"
                            : "Select the type of link");
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Checked(
                sourceType,
                EntityForm.text(sourceDetail),
                body.strip(),
                on.get(),
                grading(),
                references,
                linking ? Optional.of(app.haven.intelligence.network.LinkType.valueOf(linkType)) : Optional.empty()));
    }

    /** The report as checked, before its references are resolved into entities. */
    record Checked(
            String sourceType,
            Optional<String> sourceDetail,
            String body,
            LocalDate reportedOn,
            Grading grading,
            List<References.Reference> about,
            Optional<app.haven.intelligence.network.LinkType> linkType) {}
}
