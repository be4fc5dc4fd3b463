package app.haven.disruption;

import app.haven.platform.web.DateParts;

/** What was typed into a measure page's three forms (a breach, a renewal, an end), kept when one is refused. */
public record MeasureActionsForm(
        DateParts breachOn, String what, String action, DateParts renewTo, DateParts endedOn, String reason) {

    static MeasureActionsForm blank() {
        return new MeasureActionsForm(DateParts.empty(), "", "", DateParts.empty(), DateParts.empty(), "");
    }
}
