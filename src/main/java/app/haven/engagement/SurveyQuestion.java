package app.haven.engagement;

/** A statement the survey asks about, from the strategy's measures. */
public record SurveyQuestion(String code, String audience, String wording) {}
