package app.haven.meetings;

import java.util.Collection;

/**
 * Whether a meeting was quorate: enough agencies present (a partnership setting, default 3). A meeting without a
 * quorum may still be held, as in practice, but its page and minutes carry the warning.
 *
 * @param present agencies marked present
 * @param required the setting
 */
public record Quorum(int present, int required) {

    public static Quorum of(Collection<String> attendanceStatuses, int required) {
        int present =
                (int) attendanceStatuses.stream().filter("PRESENT"::equals).count();
        return new Quorum(present, required);
    }

    public boolean met() {
        return present >= required;
    }

    /** The warning in words, e.g. "Not quorate: 2 agencies present, 3 needed". */
    public String warning() {
        return "Not quorate: " + present + (present == 1 ? " agency" : " agencies") + " present, " + required
                + " needed";
    }
}
