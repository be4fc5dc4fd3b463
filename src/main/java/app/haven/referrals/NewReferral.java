package app.haven.referrals;

import java.util.List;
import java.util.Optional;

/** A referral as checked from its form: to whom, why, how urgently, what is shared, and the sharing decision. */
record NewReferral(
        long toAgency,
        List<String> reasons,
        String urgency,
        String concern,
        Optional<Consent> consent,
        Optional<String> lawfulBasis,
        Optional<String> sharingReason) {}
