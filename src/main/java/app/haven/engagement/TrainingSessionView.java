package app.haven.engagement;

import java.time.LocalDate;

/** A training session as the training page lists it. */
public record TrainingSessionView(
        long id, String areaName, String course, LocalDate heldOn, long attended, int evaluations, int moreConfident) {}
