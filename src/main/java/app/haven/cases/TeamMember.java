package app.haven.cases;

/** A current member of the team around the child, as the case page shows them. */
public record TeamMember(long id, long userId, String name, String agency, String role) {}
