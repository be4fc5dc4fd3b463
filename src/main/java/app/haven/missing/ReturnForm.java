package app.haven.missing;

import app.haven.platform.web.FormErrors;
import java.time.Instant;
import java.util.Optional;

/** The record-the-return form as typed, with the version of the episode it started from. */
public record ReturnForm(
        Moment ended, String whereFound, String foundWith, String howReturned, String harmOrCrime, int version) {

    static final int MAX_TEXT = 1000;

    static ReturnForm blank(int version) {
        return new ReturnForm(Moment.empty(), "", "", "", "", version);
    }

    Optional<EpisodeReturn> check(FormErrors.Builder errors) {
        Optional<Instant> end = ended.read("ended", "the return", errors);
        limit(errors, "whereFound", whereFound, MAX_TEXT);
        limit(errors, "foundWith", foundWith, MAX_TEXT);
        limit(errors, "howReturned", howReturned, MAX_TEXT);
        limit(errors, "harmOrCrime", harmOrCrime, 2 * MAX_TEXT);
        if (errors.build().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new EpisodeReturn(
                end.orElseThrow(),
                optional(whereFound),
                optional(foundWith),
                optional(howReturned),
                optional(harmOrCrime),
                version));
    }

    static void limit(FormErrors.Builder errors, String field, String value, int max) {
        if (value.strip().length() > max) {
            errors.field(field, "This must be " + max + " characters or fewer");
        }
    }

    static Optional<String> optional(String value) {
        return Optional.of(value.strip()).filter(s -> !s.isEmpty());
    }
}
