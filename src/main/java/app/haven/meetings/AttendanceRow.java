package app.haven.meetings;

/** An agency invited to a meeting and whether it attended, sent apologies or was absent. */
public record AttendanceRow(long agencyId, String agency, String status, String names) {

    public String statusLabel() {
        return switch (status) {
            case "PRESENT" -> "Present";
            case "APOLOGIES" -> "Apologies";
            case "ABSENT" -> "Absent";
            default -> "Not taken yet";
        };
    }
}
