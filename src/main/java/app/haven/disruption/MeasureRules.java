package app.haven.disruption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue's rules for a measure, in plain Java: whom the type may be against, dates in order and not in the
 * future, an expiry where the law requires one, and no longer than the law allows (e.g. a s116 notice up to 6 months).
 * Each refusal names the field and says why in words.
 */
final class MeasureRules {

    /** Whom the measure is against: a person of concern or a location. */
    enum Subject {
        PERSON,
        LOCATION
    }

    record Refusal(String field, String message) {}

    private MeasureRules() {}

    static List<Refusal> check(
            MeasureType type, Subject subject, LocalDate issuedOn, Optional<LocalDate> expiresOn, LocalDate today) {
        List<Refusal> refusals = new ArrayList<>();
        if (subject == Subject.PERSON && !type.forPerson()) {
            refusals.add(new Refusal("type", "A " + type.label() + " is taken against a place, not a person"));
        }
        if (subject == Subject.LOCATION && !type.forLocation()) {
            refusals.add(new Refusal("type", "A " + type.label() + " is taken against a person, not a place"));
        }
        if (issuedOn.isAfter(today)) {
            refusals.add(new Refusal("issuedOn", "The date it was issued must be today or in the past"));
        }
        if (expiresOn.isEmpty()) {
            if (type.requiresExpiry()) {
                refusals.add(new Refusal("expiresOn", "Enter the expiry date: a " + type.label() + " must have one"));
            }
            return refusals;
        }
        LocalDate expiry = expiresOn.get();
        if (expiry.isBefore(issuedOn)) {
            refusals.add(new Refusal("expiresOn", "The expiry date must be on or after the date it was issued"));
            return refusals;
        }
        Optional<LocalDate> latest = type.latestExpiry(issuedOn);
        if (latest.isPresent() && expiry.isAfter(latest.get())) {
            refusals.add(new Refusal(
                    "expiresOn",
                    "A " + type.label() + " can last up to "
                            + type.longestPeriod().orElseThrow() + ": the expiry date must be on or before "
                            + DisruptionDates.format(latest.get())));
        }
        return refusals;
    }

    /** A renewal's new expiry: after today's expiry, and within the law's longest period from the renewal. */
    static List<Refusal> checkRenewal(MeasureType type, LocalDate currentExpiry, LocalDate newExpiry, LocalDate today) {
        List<Refusal> refusals = new ArrayList<>();
        if (!newExpiry.isAfter(currentExpiry)) {
            refusals.add(new Refusal(
                    "expiresOn", "The new expiry date must be after " + DisruptionDates.format(currentExpiry)));
            return refusals;
        }
        Optional<LocalDate> latest = type.latestExpiry(today);
        if (latest.isPresent() && newExpiry.isAfter(latest.get())) {
            refusals.add(new Refusal(
                    "expiresOn",
                    "A " + type.label() + " can last up to "
                            + type.longestPeriod().orElseThrow() + ": the new expiry date must be on or before "
                            + DisruptionDates.format(latest.get())));
        }
        return refusals;
    }
}
