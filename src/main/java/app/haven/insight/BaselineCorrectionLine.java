package app.haven.insight;

/** A correction of a baseline as its page lists it: when, by whom, the figure and source replaced, and why. */
public record BaselineCorrectionLine(String when, String by, String wasFigure, String wasSource, String reason) {}
