package app.haven.referrals;

import java.util.List;

/** A change refused because it breaks a rule or meets a stale version; nothing was saved. */
class ReferralRefused extends RuntimeException {

    private final List<Breach> breaches;

    ReferralRefused(List<Breach> breaches) {
        super(breaches.toString(), null, false, false);
        this.breaches = List.copyOf(breaches);
    }

    static ReferralRefused because(String field, String message) {
        return new ReferralRefused(List.of(new Breach(field, message)));
    }

    static ReferralRefused changedMeanwhile() {
        return because(
                "",
                "Someone else has just changed this referral. Check it below: nothing you typed has been saved yet.");
    }

    List<Breach> breaches() {
        return breaches;
    }
}
