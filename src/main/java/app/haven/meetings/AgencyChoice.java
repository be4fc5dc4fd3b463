package app.haven.meetings;

/** An agency that may take part in a strategy discussion, and its kind (POLICE, CHILDRENS_SOCIAL_CARE, ...). */
public record AgencyChoice(long id, String name, String kind) {}
