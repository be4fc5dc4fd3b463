package app.haven.people;

import java.util.List;
import java.util.Optional;

/** A person's whole record as its page shows it; every part is history-preserving (ended items stay, marked). */
public record PersonRecordView(
        long id,
        PersonKind kind,
        String name,
        int version,
        List<SummaryItem> details,
        List<NameView> names,
        List<IdentifierView> identifiers,
        List<AddressView> addresses,
        List<RelationshipView> relationships,
        List<MergeView> merges) {

    /** A labelled value of the personal details section. */
    public record SummaryItem(String label, String value) {}

    public record NameView(long id, String type, String name, boolean current, String added) {}

    public record IdentifierView(long id, String type, String value, boolean current, String added) {}

    public record AddressView(long id, String address, String dates, boolean current) {}

    /** The related person, as the relationship reads from this record ("Mother: Jo Bloggs"). */
    public record RelationshipView(
            long id,
            long otherId,
            String otherHref,
            String description,
            String otherName,
            String dates,
            boolean current) {}

    /** A record merged into this one (or, when this one was merged, the record it now points to). */
    public record MergeView(
            long mergeId, long otherId, String otherName, String reason, String when, Optional<String> undone) {}
}
