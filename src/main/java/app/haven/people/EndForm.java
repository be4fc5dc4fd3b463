package app.haven.people;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;

/** Confirming that something ended (an address, a relationship), with the date it ended. */
public record EndForm(DateParts date) {

    public EndForm {
        date = date == null ? DateParts.empty() : date;
    }

    FormErrors validate(LocalDate today) {
        FormErrors.Builder errors = FormErrors.builder();
        if (date.isBlank()) {
            errors.date("date", "Enter the date it ended");
        } else {
            PersonDates.checkPast(errors, "date", "Date it ended", date, today);
        }
        return errors.build();
    }
}
