package app.haven.missing;

/** A row of the statutory return that breaks a rule, named as the return shows it, and the rule in words. */
public record ReturnBreach(String row, String rule) {}
