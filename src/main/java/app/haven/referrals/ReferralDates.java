package app.haven.referrals;

import app.haven.platform.LondonDates;
import java.time.Instant;
import java.time.LocalDate;

/** How referral pages write dates and times: the London clock, GOV.UK style ("3 December 2026 at 14:30"). */
public final class ReferralDates {

    private ReferralDates() {}

    public static String format(Instant instant) {
        return LondonDates.format(instant);
    }

    public static String format(LocalDate date) {
        return LondonDates.format(date);
    }
}
