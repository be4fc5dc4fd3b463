package app.haven.referrals;

/**
 * What was typed into one of a referral's step forms (send, accept, decline, redirect, close), kept whole so it comes
 * back on an error; {@code version} is the referral's version when the page was read.
 */
public record StepForm(
        String consent,
        String lawfulBasis,
        String sharingReason,
        String worker,
        String declineReason,
        String redirectTo,
        String redirectReason,
        String outcome,
        String closureNote,
        String version) {

    /** The version the page was read at; -1 when missing or tampered with, which no referral has. */
    int versionRead() {
        return versionOf(version);
    }

    /** A version as posted (0 is the first); -1, which no record has, when missing or tampered with. */
    static int versionOf(String version) {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException tampered) {
            return -1;
        }
    }

    static StepForm of(ReferralView referral, long user) {
        return new StepForm(
                referral.consent().map(Enum::name).orElse(""),
                "",
                referral.sharingReason().orElse(""),
                String.valueOf(user),
                "",
                "",
                "",
                "",
                "",
                String.valueOf(referral.version()));
    }
}
