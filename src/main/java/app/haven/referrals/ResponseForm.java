package app.haven.referrals;

import app.haven.platform.web.DateParts;

/** What was typed into a disclosure page's forms (passed to the police; the police response). */
public record ResponseForm(
        DateParts passedOn,
        String passedBy,
        String policeReference,
        String response,
        DateParts respondedOn,
        String responseReason,
        String version) {}
