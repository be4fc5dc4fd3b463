package app.haven.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the audit pages show a moment: UK local time, to the second, as GOV.UK writes dates ("4 March 2025"). */
final class AuditTimes {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.UK).withZone(UK);

    private AuditTimes() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
