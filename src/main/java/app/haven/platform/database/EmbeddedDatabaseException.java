package app.haven.platform.database;

/**
 * The embedded database could not start. The message says what went wrong in one line and {@link #action()}
 * what to do about it; Spring Boot prints both instead of a stack trace.
 */
class EmbeddedDatabaseException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseException(String message, String action) {
        super(message);
        this.action = action;
    }

    EmbeddedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
