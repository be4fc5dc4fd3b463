package app.haven.disruption;

import app.haven.platform.web.DateParts;

/** The record-the-outcome form as typed. */
public record OutcomeForm(String outcome, DateParts outcomeOn, String reason, String sentence) {

    static OutcomeForm blank() {
        return new OutcomeForm("", DateParts.empty(), "", "");
    }
}
