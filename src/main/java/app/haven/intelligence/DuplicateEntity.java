package app.haven.intelligence;

/** A new entity has the same normalised key as one already recorded; nothing was saved. */
class DuplicateEntity extends RuntimeException {

    private final long existingId;

    DuplicateEntity(long existingId) {
        super("already recorded as entity " + existingId, null, false, false);
        this.existingId = existingId;
    }

    long existingId() {
        return existingId;
    }
}
