package app.haven.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How referral pages write dates and times: the London clock, GOV.UK style ("3 December 2026 at 14:30"). */
public final class ReferralDates {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(ReferralDispatch.LONDON);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReferralDates() {}

    public static String format(Instant instant) {
        return WHEN.format(instant);
    }

    public static String format(LocalDate date) {
        return DAY.format(date);
    }
}
