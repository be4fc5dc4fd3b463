package app.haven.referrals;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.Optional;

/** Reading "passed to the police" (when, by whom, the reference) from a form. */
final class PoliceForm {

    private PoliceForm() {}

    static Optional<NewDisclosure.PassedToPolice> read(
            FormErrors.Builder errors,
            DateParts passedOn,
            String passedBy,
            String reference,
            Optional<LocalDate> disclosed,
            LocalDate today) {
        Optional<LocalDate> on = DisclosureForm.day(errors, "passedOn", passedOn, "passing it to the police", today);
        if (on.isPresent() && disclosed.isPresent() && on.get().isBefore(disclosed.get())) {
            errors.date("passedOn", "It cannot have been passed to the police before it was disclosed");
            on = Optional.empty();
        }
        Text.required(errors, "passedBy", passedBy, 160, "Say who passed it to the police");
        Text.limit(errors, "policeReference", reference, 40);
        if (on.isEmpty() || Text.present(passedBy).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewDisclosure.PassedToPolice(
                DisclosureForm.startOf(on.get()), passedBy.strip(), Text.present(reference)));
    }
}
