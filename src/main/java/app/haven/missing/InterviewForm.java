package app.haven.missing;

import static app.haven.missing.ReturnForm.limit;
import static app.haven.missing.ReturnForm.optional;

import app.haven.platform.web.FormErrors;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The return home interview form as typed: outcome, content, push and pull factors, and any disclosure. */
public record InterviewForm(
        String outcome,
        Moment offered,
        Moment held,
        String reasonNotHeld,
        String whereAndWithWhom,
        String howTravelled,
        String harm,
        String whatWouldHelp,
        String childWords,
        List<String> factors,
        String lateReason,
        String disclosureMade,
        String disclosureWhat,
        String disclosureAbout,
        String disclosureToPolice) {

    static final int MAX_TEXT = 4000;

    public InterviewForm {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    static InterviewForm blank() {
        return new InterviewForm(
                "", Moment.empty(), Moment.empty(), "", "", "", "", "", "", List.of(), "", "", "", "", "");
    }

    /** The interview, when the answers are usable, judged against the episode's return and deadline. */
    Optional<NewInterview> check(
            InterviewDeadline deadline, Instant now, Set<String> knownFactors, FormErrors.Builder errors) {
        if (!MissingChoices.valid(MissingChoices.OUTCOMES, outcome)) {
            errors.field("outcome", "Select whether the interview was held, declined or not possible");
        }
        Optional<Instant> offeredAt =
                inRange(offered.read("offered", "the offer", errors), "offered", deadline, now, errors);
        boolean isHeld = outcome.equals("COMPLETED");
        Optional<Instant> heldAt = isHeld
                ? inRange(held.read("held", "the interview", errors), "held", deadline, now, errors)
                : Optional.empty();
        if (isHeld
                && offeredAt.isPresent()
                && heldAt.isPresent()
                && heldAt.get().isBefore(offeredAt.get())) {
            errors.date("held", "The interview must be on or after the offer");
        }
        if (!isHeld && !outcome.isEmpty() && reasonNotHeld.isBlank()) {
            errors.field("reasonNotHeld", "Enter why the interview did not take place");
        }
        for (String[] text : new String[][] {
            {"reasonNotHeld", reasonNotHeld},
            {"whereAndWithWhom", whereAndWithWhom},
            {"howTravelled", howTravelled},
            {"harm", harm},
            {"whatWouldHelp", whatWouldHelp},
            {"childWords", childWords},
            {"lateReason", lateReason}
        }) {
            limit(errors, text[0], text[1], MAX_TEXT);
        }
        if (!knownFactors.containsAll(factors)) {
            errors.field("factors", "Select push and pull factors from the list");
        }
        Optional<Instant> done = isHeld ? heldAt : offeredAt;
        if (done.isPresent() && !deadline.met(done.get()) && lateReason.isBlank()) {
            errors.field(
                    "lateReason",
                    "Enter why the interview was not " + (isHeld ? "held" : "offered") + " within 72 hours");
        }
        Optional<NewInterview.Disclosure> disclosure = disclosure(errors);
        if (errors.build().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new NewInterview(
                outcome,
                offeredAt.orElseThrow(),
                heldAt,
                isHeld ? Optional.empty() : optional(reasonNotHeld),
                optional(whereAndWithWhom),
                optional(howTravelled),
                optional(harm),
                optional(whatWouldHelp),
                optional(childWords),
                factors,
                optional(lateReason),
                disclosure));
    }

    private Optional<NewInterview.Disclosure> disclosure(FormErrors.Builder errors) {
        if (!disclosureMade.equals("yes") && !disclosureMade.equals("no")) {
            errors.field("disclosureMade", "Select whether the child made a disclosure");
            return Optional.empty();
        }
        if (disclosureMade.equals("no")) {
            return Optional.empty();
        }
        if (disclosureWhat.isBlank()) {
            errors.field("disclosureWhat", "Enter what the child disclosed, in their words where you can");
        }
        limit(errors, "disclosureWhat", disclosureWhat, MAX_TEXT);
        limit(errors, "disclosureAbout", disclosureAbout, 500);
        if (!disclosureToPolice.equals("yes") && !disclosureToPolice.equals("no")) {
            errors.field("disclosureToPolice", "Select whether you passed the disclosure to the police");
        }
        return disclosureWhat.isBlank()
                ? Optional.empty()
                : Optional.of(new NewInterview.Disclosure(
                        disclosureWhat.strip(), optional(disclosureAbout), disclosureToPolice.equals("yes")));
    }

    /** An offer or interview happens after the return and not in the future. */
    private static Optional<Instant> inRange(
            Optional<Instant> at, String field, InterviewDeadline deadline, Instant now, FormErrors.Builder errors) {
        if (at.isPresent() && at.get().isAfter(now)) {
            errors.date(field, "This must be now or in the past");
            return Optional.empty();
        }
        if (at.isPresent() && at.get().isBefore(deadline.returnedAt())) {
            errors.date(field, "This must be after the child returned, " + MissingDates.format(deadline.returnedAt()));
            return Optional.empty();
        }
        return at;
    }
}
