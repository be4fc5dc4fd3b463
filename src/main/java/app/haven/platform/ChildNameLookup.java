package app.haven.platform;

import java.util.List;

/**
 * Finds children's records by name for modules that cannot depend on the people module (the audit log, which
 * people itself writes to). People implements it; the caller decides who may use it and audits what it shows.
 */
public interface ChildNameLookup {

    /** A child's record as a chooser shows it: the name in use and a line to tell namesakes apart. */
    record NamedChild(long id, String name, String detail) {}

    /** Children whose current or former names contain every word typed, best first, at most {@code limit}. */
    List<NamedChild> childrenNamed(String text, int limit);
}
