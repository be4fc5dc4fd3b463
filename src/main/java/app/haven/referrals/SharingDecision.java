package app.haven.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A decision to share, or not to share, a child's information (domain reference section 8): what, with whom, with or
 * without consent, on what lawful basis and why. Sharing without consent needs a lawful basis and a reason; not
 * sharing needs a reason. The database says the same (table {@code sharing_decision}).
 */
record SharingDecision(
        boolean shared,
        String what,
        Optional<Long> withAgency,
        Optional<String> withWhom,
        Consent consent,
        Optional<String> lawfulBasis,
        Optional<String> reason) {

    /** What is missing from a decision to be recorded, by the form's field names. */
    static List<Breach> check(
            boolean shared, Optional<Consent> consent, Optional<String> lawfulBasis, Optional<String> reason) {
        List<Breach> breaches = new ArrayList<>();
        if (consent.isEmpty()) {
            breaches.add(new Breach("consent", "Select whether consent was given, refused or not sought"));
        }
        boolean withoutConsent = consent.isPresent() && consent.get() != Consent.GIVEN;
        if (shared && withoutConsent && lawfulBasis.isEmpty()) {
            breaches.add(new Breach("lawfulBasis", "Select the lawful basis for sharing without consent"));
        }
        if (shared && withoutConsent && reason.isEmpty()) {
            breaches.add(new Breach("sharingReason", "Say why the information is shared without consent"));
        }
        if (!shared && reason.isEmpty()) {
            breaches.add(new Breach("sharingReason", "Say why the information is not shared"));
        }
        return breaches;
    }
}
