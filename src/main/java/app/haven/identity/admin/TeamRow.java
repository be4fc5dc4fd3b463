package app.haven.identity.admin;

/** A team as the administration pages list it, with the agency it belongs to. */
public record TeamRow(long id, long agencyId, String agencyName, String name, boolean retired) {}
