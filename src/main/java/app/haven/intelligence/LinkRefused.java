package app.haven.intelligence;

/** A link could not be saved, for a reason the user can act on; nothing was saved. */
class LinkRefused extends RuntimeException {

    private final String field;

    LinkRefused(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
