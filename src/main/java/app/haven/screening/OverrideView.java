package app.haven.screening;

/** A band override as pages show it. */
public record OverrideView(
        long id,
        long screeningId,
        long childId,
        String childName,
        String computedBand,
        String band,
        String reason,
        String requestedBy,
        String requestedAt,
        String status,
        String decisionNote) {

    public boolean pending() {
        return status.equals("PENDING");
    }

    public String statusLabel() {
        return switch (status) {
            case "PENDING" -> "Awaiting a manager's approval";
            case "APPROVED" -> "Approved";
            case "REJECTED" -> "Not approved";
            default -> "Applied";
        };
    }
}
