package app.haven.disruption;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The record-a-prosecution form as typed: offences, dates, court, outcome and sentence, victims and operation. */
public record ProsecutionForm(
        List<String> offences,
        DateParts chargedOn,
        DateParts firstHearingOn,
        DateParts trialOn,
        String court,
        String outcome,
        DateParts outcomeOn,
        String reason,
        String sentence,
        String victims,
        String operation) {

    static ProsecutionForm blank() {
        return new ProsecutionForm(
                List.of(),
                DateParts.empty(),
                DateParts.empty(),
                DateParts.empty(),
                "",
                "",
                DateParts.empty(),
                "",
                "",
                "",
                "");
    }

    Optional<NewProsecution> check(long suspect, FormErrors.Builder errors) {
        boolean ok = true;
        Optional<LocalDate> charged = chargedOn.toDate();
        if (charged.isEmpty()) {
            errors.date("chargedOn", "Enter the date of the charge as a real date, for example 27 3 2026");
            ok = false;
        }
        Optional<Optional<LocalDate>> hearing = optionalDate(firstHearingOn, "firstHearingOn", errors);
        Optional<Optional<LocalDate>> trial = optionalDate(trialOn, "trialOn", errors);
        Optional<ProsecutionRules.Result> result = result(outcome, outcomeOn, reason, sentence, errors);
        if (court.length() > 200) {
            errors.field("court", "Enter the court in 200 characters or fewer");
            ok = false;
        }
        if (!ok || hearing.isEmpty() || trial.isEmpty() || result.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewProsecution(
                suspect,
                offences,
                new ProsecutionRules.Dates(charged.get(), hearing.get(), trial.get()),
                text(court),
                result.get(),
                victims,
                text(operation)));
    }

    /** The outcome part of a form, shared with the record-the-outcome form. */
    static Optional<ProsecutionRules.Result> result(
            String outcome, DateParts outcomeOn, String reason, String sentence, FormErrors.Builder errors) {
        Optional<ProsecutionRules.Outcome> chosen = Optional.empty();
        if (!outcome.isBlank()) {
            try {
                chosen = Optional.of(ProsecutionRules.Outcome.valueOf(outcome));
            } catch (IllegalArgumentException e) {
                errors.field("outcome", "Select the outcome");
                return Optional.empty();
            }
        }
        Optional<Optional<LocalDate>> on = optionalDate(outcomeOn, "outcomeOn", errors);
        if (reason.length() > 2000 || sentence.length() > 1000) {
            errors.field(reason.length() > 2000 ? "reason" : "sentence", "Enter fewer characters");
            return Optional.empty();
        }
        Optional<ProsecutionRules.Outcome> picked = chosen;
        return on.map(date -> new ProsecutionRules.Result(picked, date, text(reason), text(sentence)));
    }

    private static Optional<Optional<LocalDate>> optionalDate(
            DateParts parts, String field, FormErrors.Builder errors) {
        if (parts.isBlank()) {
            return Optional.of(Optional.empty());
        }
        Optional<LocalDate> date = parts.toDate();
        if (date.isEmpty()) {
            errors.date(field, "Enter a real date, or leave it blank");
            return Optional.empty();
        }
        return Optional.of(date);
    }

    private static Optional<String> text(String value) {
        return Optional.of(value.strip()).filter(s -> !s.isEmpty());
    }
}
