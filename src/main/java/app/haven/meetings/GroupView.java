package app.haven.meetings;

import java.util.List;
import java.util.Optional;

/**
 * A multi-agency group: its area (empty for a pan-partnership group), chair, terms of reference and members; a retired
 * group keeps its meetings and arranges no new ones.
 */
public record GroupView(
        long id,
        String name,
        Optional<Long> areaId,
        String area,
        long chairUserId,
        String chair,
        String termsOfReference,
        List<Member> members,
        boolean retired,
        int version) {

    /** An agency the group invites, and a named person for it where known. */
    public record Member(long agencyId, String agency, Optional<Long> userId, Optional<String> person) {

        public String label() {
            return person.map(p -> p + " (" + agency + ")").orElse(agency);
        }
    }
}
