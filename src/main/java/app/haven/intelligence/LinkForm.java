package app.haven.intelligence;

import app.haven.intelligence.network.LinkType;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The add-a-link form as typed on an entity's page: the other end, type, dates, confidence and evidence. */
public record LinkForm(
        String to,
        String linkType,
        DateParts validFrom,
        DateParts validTo,
        String confidence,
        String evidenceKind,
        String evidenceId,
        String direction) {

    static final List<app.haven.platform.web.Option> EVIDENCE = List.of(
            new app.haven.platform.web.Option(NewLink.Evidence.REPORT, "An intelligence report (R-number)"),
            new app.haven.platform.web.Option(NewLink.Evidence.EPISODE, "A missing episode (its number)"),
            new app.haven.platform.web.Option(NewLink.Evidence.INTERVIEW, "A return home interview (its number)"),
            new app.haven.platform.web.Option(
                    NewLink.Evidence.DISCLOSURE, "A disclosure in a return home interview (its number)"),
            new app.haven.platform.web.Option(NewLink.Evidence.REFERRAL, "A referral (its number)"),
            new app.haven.platform.web.Option(
                    NewLink.Evidence.RECORDED_DISCLOSURE, "A disclosure recorded with a referral's work (its number)"));

    static LinkForm blank() {
        return new LinkForm(
                "", "", DateParts.empty(), DateParts.empty(), "MEDIUM", NewLink.Evidence.REPORT, "", "FROM");
    }

    /** The checked form: the other end still a reference to resolve. */
    record Checked(
            References.Reference to,
            boolean outgoing,
            LinkType type,
            LocalDate validFrom,
            Optional<LocalDate> validTo,
            String confidence,
            NewLink.Evidence evidence) {}

    Optional<Checked> check(LocalDate today, FormErrors.Builder errors) {
        boolean ok = true;
        Optional<References.Reference> other = References.parse(to).filter(r -> r.kind() != 'R');
        if (other.isEmpty()) {
            errors.field("to", "Enter the other entity as a reference like I-12, or a person record like P-340");
            ok = false;
        }
        if (!IntelChoices.isOneOf(IntelChoices.LINK_TYPES, linkType)) {
            errors.field("linkType", "Select the type of link");
            ok = false;
        }
        Optional<LocalDate> from = validFrom.toDate();
        if (from.isEmpty() || from.get().isAfter(today)) {
            errors.date(
                    "validFrom",
                    from.isEmpty()
                            ? "Enter when the link began as a real date"
                            : "The link cannot begin in the future");
            ok = false;
        }
        Optional<LocalDate> until = validTo.isBlank() ? Optional.empty() : validTo.toDate();
        if (!validTo.isBlank() && until.isEmpty()) {
            errors.date("validTo", "Enter when the link ended as a real date, or leave it blank");
            ok = false;
        } else if (until.isPresent() && from.isPresent() && until.get().isBefore(from.get())) {
            errors.date("validTo", "The link's end date must be the same as or after its start date");
            ok = false;
        }
        if (!IntelChoices.isOneOf(IntelChoices.CONFIDENCE, confidence)) {
            errors.field("confidence", "Select how confident you are in the link");
            ok = false;
        }
        Optional<References.Reference> evidence = References.parse(evidenceId);
        if (!IntelChoices.isOneOf(EVIDENCE, evidenceKind) || evidence.isEmpty()) {
            errors.field("evidenceId", "Enter the number of the evidence the link rests on, like R-7 for a report");
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Checked(
                other.get(),
                !"TO".equals(direction),
                LinkType.valueOf(linkType),
                from.get(),
                until,
                confidence,
                new NewLink.Evidence(evidenceKind, evidence.get().id())));
    }
}
