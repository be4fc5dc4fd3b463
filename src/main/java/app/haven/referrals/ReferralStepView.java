package app.haven.referrals;

import java.time.Instant;
import java.util.Optional;

/** One step of a referral's history. */
public record ReferralStepView(ReferralStatus to, Instant at, String by, String agency, Optional<String> note) {}
