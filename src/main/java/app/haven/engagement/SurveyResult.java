package app.haven.engagement;

import java.util.List;

/**
 * One question's answers as they may be shown: the count for each point of the scale (strongly disagree to strongly
 * agree) and the total, with small numbers suppressed ({@link SmallNumbers}).
 */
public record SurveyResult(String wording, List<String> counts, String total) {}
