package app.haven.identity;

import java.util.Optional;

/**
 * Thrown by any page asked for a record the signed-in user may not open. Haven answers with the scope refusal page
 * (403: what record scope is, who knows the record, break-glass where the role allows) and audits the refusal; the
 * handler that threw it has shown and changed nothing.
 */
public class OutsideRecordScope extends RuntimeException {

    private final long recordId;
    private final String subjectType;
    private final long subjectId;
    private final boolean child;

    private OutsideRecordScope(long recordId, boolean child, String subjectType, long subjectId) {
        super("outside record scope", null, false, false);
        this.recordId = recordId;
        this.child = child;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
    }

    /** A child's record, asked for directly. */
    public static OutsideRecordScope child(long childId) {
        return new OutsideRecordScope(childId, true, "child", childId);
    }

    /** Part of a child's record (a case, a screening, a chronology entry): which part, and whose. */
    public static OutsideRecordScope childRecord(long childId, String subjectType, long subjectId) {
        return new OutsideRecordScope(childId, true, subjectType, subjectId);
    }

    /** An adult's record. */
    public static OutsideRecordScope adult(long personId) {
        return new OutsideRecordScope(personId, false, "person", personId);
    }

    /** The person (child or adult) whose record scope refused the request. */
    public long recordId() {
        return recordId;
    }

    public Optional<Long> childId() {
        return child ? Optional.of(recordId) : Optional.empty();
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }
}
