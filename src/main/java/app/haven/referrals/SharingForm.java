package app.haven.referrals;

import app.haven.platform.web.FormErrors;
import java.util.Optional;

/** The record-a-sharing-decision form as typed, kept whole so it comes back on an error. */
public record SharingForm(
        String shared,
        String what,
        String withAgency,
        String withWhom,
        String consent,
        String lawfulBasis,
        String reason) {

    public static SharingForm blank() {
        return new SharingForm("", "", "", "", "", "", "");
    }

    Optional<SharingDecision> check(FormErrors.Builder errors) {
        int before = errors.build().items().size();
        if (!"yes".equals(shared) && !"no".equals(shared)) {
            errors.field("shared", "Say whether you decided to share or not to share");
        }
        Text.required(errors, "what", what, 2000, "Say what information the decision is about");
        Optional<Long> agency = Text.id(withAgency);
        if (agency.isEmpty() && Text.present(withWhom).isEmpty()) {
            errors.field("withAgency", "Select the agency, or say with whom, outside the partnership");
        }
        Text.limit(errors, "withWhom", withWhom, 300);
        Text.limit(errors, "reason", reason, 2000);
        Optional<Consent> given = Text.choice(Consent.class, consent);
        SharingDecision.check("yes".equals(shared), given, Text.present(lawfulBasis), Text.present(reason)).stream()
                .map(b -> b.field().equals("sharingReason") ? new Breach("reason", b.message()) : b)
                .forEach(b -> errors.field(b.field(), b.message()));
        if (errors.build().items().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SharingDecision(
                "yes".equals(shared),
                what.strip(),
                agency,
                Text.present(withWhom),
                given.orElseThrow(),
                Text.present(lawfulBasis),
                Text.present(reason)));
    }
}
