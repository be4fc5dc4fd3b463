package app.haven.referrals;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The record-a-session form as typed, kept whole so it comes back on an error. */
public record SessionForm(
        DateParts heldOn, String minutes, String place, List<String> topics, String engagement, String childWords) {

    static final List<String> ENGAGEMENT = List.of("GOOD", "SOME", "LITTLE", "NONE");

    public static SessionForm blank() {
        return new SessionForm(DateParts.empty(), "", "", List.of(), "", "");
    }

    /** A session as checked. */
    record NewSession(
            LocalDate heldOn,
            int minutes,
            String place,
            List<String> topics,
            String engagement,
            Optional<String> childWords) {}

    Optional<NewSession> check(FormErrors.Builder errors, LocalDate today) {
        int before = errors.build().items().size();
        Optional<LocalDate> on = DisclosureForm.day(errors, "heldOn", heldOn, "the session", today);
        Optional<Integer> length = Optional.empty();
        try {
            length = Optional.of(Integer.parseInt(minutes.strip())).filter(m -> m >= 5 && m <= 600);
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (length.isEmpty()) {
            errors.field("minutes", "Enter how long the session lasted, in minutes, from 5 to 600");
        }
        Text.required(errors, "place", place, 300, "Say where the session was held");
        if (topics.isEmpty()) {
            errors.field("topics", "Select at least one topic the session covered");
        }
        if (!ENGAGEMENT.contains(engagement)) {
            errors.field("engagement", "Select how the young person engaged");
        }
        Text.limit(errors, "childWords", childWords, 4000);
        if (errors.build().items().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new NewSession(
                on.orElseThrow(),
                length.orElseThrow(),
                place.strip(),
                List.copyOf(topics),
                engagement,
                Text.present(childWords)));
    }
}
