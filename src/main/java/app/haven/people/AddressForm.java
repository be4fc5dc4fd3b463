package app.haven.people;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An address with the dates the person lived there; no end date means they live there now. */
public record AddressForm(String line1, String line2, String town, String postcode, DateParts from, DateParts to) {

    static final Pattern POSTCODE = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$");
    static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{N} ,.'’/&()-]*");

    public AddressForm {
        line1 = clean(line1);
        line2 = clean(line2);
        town = clean(town);
        postcode = clean(postcode);
        from = from == null ? DateParts.empty() : from;
        to = to == null ? DateParts.empty() : to;
    }

    static AddressForm empty() {
        return new AddressForm("", "", "", "", DateParts.empty(), DateParts.empty());
    }

    FormErrors validate(LocalDate today) {
        FormErrors.Builder errors = FormErrors.builder();
        text(errors, "line1", line1, "Address line 1", 120, true);
        text(errors, "line2", line2, "Address line 2", 120, false);
        text(errors, "town", town, "Town or city", 60, true);
        if (!postcode.isEmpty() && normalisedPostcode().isEmpty()) {
            errors.field("postcode", "Enter a real postcode, like CH1 2AB");
        }
        if (from.isBlank()) {
            errors.date("from", "Enter the date they moved in");
        } else {
            PersonDates.checkPast(errors, "from", "Date they moved in", from, today);
        }
        PersonDates.checkPast(errors, "to", "Date they moved out", to, today);
        if (from.toDate().isPresent()
                && to.toDate().isPresent()
                && to.toDate().get().isBefore(from.toDate().get())) {
            errors.date("to", "Date they moved out must be the same as or after the date they moved in");
        }
        return errors.build();
    }

    PersonAddresses.NewAddress toAddress() {
        return new PersonAddresses.NewAddress(
                line1,
                Optional.of(line2).filter(l -> !l.isEmpty()),
                town,
                normalisedPostcode(),
                from.toDate().orElseThrow(),
                to.toDate());
    }

    Optional<String> normalisedPostcode() {
        var matcher = POSTCODE.matcher(postcode.toUpperCase(Locale.ROOT).replaceAll("\\s+", ""));
        return matcher.matches() ? Optional.of(matcher.group(1) + " " + matcher.group(2)) : Optional.empty();
    }

    private static void text(
            FormErrors.Builder errors, String field, String value, String label, int max, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                errors.field(field, "Enter " + label.toLowerCase(Locale.UK));
            }
        } else if (value.length() > max) {
            errors.field(field, label + " must be " + max + " characters or fewer");
        } else if (!TEXT.matcher(value).matches()) {
            errors.field(field, label + " must only include letters, numbers, spaces and , . ' / & ( ) -");
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
