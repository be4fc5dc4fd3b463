package app.haven.people;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;

/** Date rules shared by the people forms, with GOV.UK error messages. */
final class PersonDates {

    /** Nobody alive was born before this; anything earlier is a slip of the keyboard. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private PersonDates() {}

    static void checkBirth(FormErrors.Builder errors, String field, DateParts date, LocalDate today) {
        if (date.isBlank()) {
            return;
        }
        if (date.toDate().isEmpty()) {
            errors.date(field, "Date of birth must be a real date, like 27 3 2012");
        } else if (date.toDate().get().isAfter(today)) {
            errors.date(field, "Date of birth must be today or in the past");
        } else if (date.toDate().get().isBefore(EARLIEST_BIRTH)) {
            errors.date(field, "Date of birth must be after 1 January 1900");
        }
    }

    /** Dates of events (addresses, relationships) with the field's own label. */
    static void checkPast(FormErrors.Builder errors, String field, String label, DateParts date, LocalDate today) {
        if (date.isBlank()) {
            return;
        }
        if (date.toDate().isEmpty()) {
            errors.date(field, label + " must be a real date, like 27 3 2024");
        } else if (date.toDate().get().isAfter(today)) {
            errors.date(field, label + " must be today or in the past");
        } else if (date.toDate().get().isBefore(EARLIEST_BIRTH)) {
            errors.date(field, label + " must be after 1 January 1900");
        }
    }
}
