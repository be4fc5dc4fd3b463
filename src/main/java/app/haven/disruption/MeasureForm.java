package app.haven.disruption;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.util.Optional;

/**
 * The record-a-measure form as typed: the kind, the issuing agency (its id; blank for the recorder's own), dates,
 * conditions and the children it protects (P-numbers).
 */
public record MeasureForm(
        String type, String agency, DateParts issuedOn, DateParts expiresOn, String conditions, String children) {

    static MeasureForm blank(long ownAgency) {
        return new MeasureForm("", String.valueOf(ownAgency), DateParts.empty(), DateParts.empty(), "", "");
    }

    /** The measure to save, or the form's own errors (the catalogue's rules are checked when it is saved). */
    Optional<NewMeasure> check(long subject, FormErrors.Builder errors) {
        boolean ok = true;
        if (type.isBlank()) {
            errors.field("type", "Select the kind of measure");
            ok = false;
        }
        var issued = issuedOn.toDate();
        if (issued.isEmpty()) {
            errors.date("issuedOn", "Enter the date it was issued as a real date, for example 27 3 2026");
            ok = false;
        }
        var expiry = expiresOn.isBlank() ? Optional.<java.time.LocalDate>empty() : expiresOn.toDate();
        if (!expiresOn.isBlank() && expiry.isEmpty()) {
            errors.date("expiresOn", "Enter the expiry date as a real date, or leave it blank if it has none");
            ok = false;
        }
        if (conditions.length() > 4000) {
            errors.field("conditions", "Conditions must be 4,000 characters or fewer");
            ok = false;
        }
        Optional<Long> issuer = Optional.empty();
        if (!agency.isBlank()) {
            try {
                issuer = Optional.of(Long.parseLong(agency.strip()));
            } catch (NumberFormatException e) {
                errors.field("agency", "Select the issuing agency");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new NewMeasure(
                subject,
                type,
                issuer,
                issued.get(),
                expiry,
                Optional.of(conditions.strip()).filter(s -> !s.isEmpty()),
                children));
    }

    static void add(FormErrors.Builder errors, RecordRefused refused) {
        for (MeasureRules.Refusal r : refused.refusals()) {
            if (r.field().endsWith("On")) {
                errors.date(r.field(), r.message());
            } else {
                errors.field(r.field(), r.message());
            }
        }
    }
}
