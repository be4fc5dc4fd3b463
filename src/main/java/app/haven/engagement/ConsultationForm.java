package app.haven.engagement;

import app.haven.platform.web.DateParts;

/** A survivor consultation as typed, kept when the form is shown again. */
public record ConsultationForm(
        String area, DateParts heldOn, String ageBand, String prevention, String disruption, boolean consented) {}
