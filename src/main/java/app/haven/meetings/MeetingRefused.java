package app.haven.meetings;

/** A change to a meeting broke a rule or met a newer version; nothing was saved. The message is for the user. */
final class MeetingRefused extends RuntimeException {

    MeetingRefused(String message) {
        super(message, null, false, false);
    }
}
