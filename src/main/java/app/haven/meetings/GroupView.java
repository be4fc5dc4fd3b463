package app.haven.meetings;

import java.util.List;
import java.util.Optional;

/** A multi-agency group: its area (empty for a pan-partnership group), chair, terms of reference and members. */
public record GroupView(
        long id,
        String name,
        Optional<Long> areaId,
        String area,
        long chairUserId,
        String chair,
        String termsOfReference,
        List<Member> members) {

    /** An agency the group invites, and a named person for it where known. */
    public record Member(long agencyId, String agency, Optional<String> person) {

        public String label() {
            return person.map(p -> p + " (" + agency + ")").orElse(agency);
        }
    }
}
