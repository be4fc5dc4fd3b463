package app.haven.referrals;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The record-a-disclosure form as typed, kept whole so it comes back on an error. Dates are days (London). */
public record DisclosureForm(
        String disclosedBy,
        String disclosedTo,
        DateParts disclosed,
        String place,
        String words,
        String verbatim,
        String aboutDescription,
        String kind,
        String passed,
        DateParts passedOn,
        String passedBy,
        String policeReference) {

    public static DisclosureForm blank(String disclosedTo) {
        return new DisclosureForm(
                "The young person", disclosedTo, DateParts.empty(), "", "", "", "", "", "", DateParts.empty(), "", "");
    }

    Optional<NewDisclosure> check(FormErrors.Builder errors, LocalDate today) {
        int before = errors.build().items().size();
        Text.required(errors, "disclosedBy", disclosedBy, 160, "Say who disclosed");
        Text.required(errors, "disclosedTo", disclosedTo, 160, "Say to whom");
        Optional<LocalDate> on = day(errors, "disclosed", disclosed, "the disclosure", today);
        Text.limit(errors, "place", place, 300);
        Text.required(
                errors, "words", words, 4000, "Write down what was disclosed, in the young person's words if you can");
        if (!"yes".equals(verbatim) && !"no".equals(verbatim)) {
            errors.field("verbatim", "Say whether these are the young person's own words or a summary");
        }
        Text.required(errors, "aboutDescription", aboutDescription, 500, "Say whom the disclosure is about");
        if (Text.present(kind).isEmpty()) {
            errors.field("kind", "Select what kind of disclosure it is");
        }
        Optional<NewDisclosure.PassedToPolice> police = Optional.empty();
        if ("yes".equals(passed)) {
            police = PoliceForm.read(errors, passedOn, passedBy, policeReference, on, today);
        } else if (!"no".equals(passed)) {
            errors.field("passed", "Say whether the disclosure has been passed to the police");
        }
        if (errors.build().items().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new NewDisclosure(
                disclosedBy.strip(),
                disclosedTo.strip(),
                startOf(on.orElseThrow()),
                Text.present(place),
                words.strip(),
                "yes".equals(verbatim),
                Optional.empty(),
                Text.present(aboutDescription),
                kind,
                police));
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ReferralDispatch.LONDON).toInstant();
    }

    /** A day that is real and not in the future, or an error on the field. */
    static Optional<LocalDate> day(
            FormErrors.Builder errors, String field, DateParts parts, String what, LocalDate today) {
        if (parts == null || parts.isBlank()) {
            errors.date(field, "Enter the date of " + what);
            return Optional.empty();
        }
        Optional<LocalDate> date = parts.toDate();
        if (date.isEmpty()) {
            errors.date(field, "The date of " + what + " must be a real date");
        } else if (date.get().isAfter(today)) {
            errors.date(field, "The date of " + what + " must be today or in the past");
            return Optional.empty();
        }
        return date;
    }
}
