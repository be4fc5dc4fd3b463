package app.haven.identity.admin;

/** An area as the administration pages list it. */
public record AreaRow(long id, String code, String name, boolean retired) {}
