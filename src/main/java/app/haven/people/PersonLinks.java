package app.haven.people;

/** Where a person's record lives: children under /children (as other modules link), adults under /people. */
final class PersonLinks {

    private PersonLinks() {}

    static String record(long id, PersonKind kind) {
        return (kind == PersonKind.CHILD ? "/children/" : "/people/") + id;
    }
}
