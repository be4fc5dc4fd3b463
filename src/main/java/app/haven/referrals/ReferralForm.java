package app.haven.referrals;

import app.haven.platform.web.FormErrors;
import java.util.List;
import java.util.Optional;

/** The make-a-referral form as typed, kept whole so it comes back on an error. */
public record ReferralForm(
        String toAgency,
        List<String> reasons,
        String urgency,
        String concern,
        String consent,
        String lawfulBasis,
        String sharingReason) {

    static final int CONCERN_LIMIT = 4000;
    static final int REASON_LIMIT = 2000;

    public static ReferralForm blank() {
        return new ReferralForm("", List.of(), "ROUTINE", "", "", "", "");
    }

    /**
     * The referral, or the errors that stop it. A draft needs the receiving agency, a reason and the concern; sending
     * needs the sharing decision too.
     */
    Optional<NewReferral> check(FormErrors.Builder errors, boolean sending) {
        int before = errors.build().items().size();
        Optional<Long> agency = Text.id(toAgency);
        if (agency.isEmpty()) {
            errors.field("toAgency", "Select the agency or service to refer to");
        }
        if (reasons.isEmpty()) {
            errors.field("reasons", "Select at least one reason for the referral");
        }
        if (!List.of("ROUTINE", "URGENT").contains(urgency)) {
            errors.field("urgency", "Select how urgent the referral is");
        }
        Text.required(errors, "concern", concern, CONCERN_LIMIT, "Describe the concern and what you are sharing");
        Text.limit(errors, "sharingReason", sharingReason, REASON_LIMIT);
        Optional<Consent> given = Text.choice(Consent.class, consent);
        if (sending) {
            SharingDecision.check(true, given, Text.present(lawfulBasis), Text.present(sharingReason))
                    .forEach(b -> errors.field(b.field(), b.message()));
        }
        if (errors.build().items().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new NewReferral(
                agency.orElseThrow(),
                List.copyOf(reasons),
                urgency,
                concern.strip(),
                given,
                Text.present(lawfulBasis),
                Text.present(sharingReason)));
    }
}
