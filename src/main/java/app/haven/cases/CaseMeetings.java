package app.haven.cases;

import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a multi-agency meeting held about a child does to the register: a planning meeting satisfies the case's
 * "planning meeting due" task, a review meeting records the case's review (and so sets the next one). The meetings
 * module calls this; the register never learns about meetings. Callers have checked the user may open the child.
 */
@Service
public class CaseMeetings {

    private final CaseQueries queries;
    private final Cases cases;
    private final Reviews reviews;
    private final People people;

    CaseMeetings(CaseQueries queries, Cases cases, Reviews reviews, People people) {
        this.queries = queries;
        this.cases = cases;
        this.reviews = reviews;
        this.people = people;
    }

    /**
     * Records the planning meeting on the child's open case, unless one was recorded already.
     *
     * @return whether the child had an open case still waiting for its planning meeting
     */
    @Transactional
    public boolean planningMeetingHeld(long childId, LocalDate heldOn, HavenPrincipal user) {
        Optional<CaseView> open =
                openCase(childId).filter(c -> c.planningMeetingHeldOn().isEmpty());
        open.ifPresent(c -> cases.planningMeetingHeld(c.ref(), heldOn, user));
        return open.isPresent();
    }

    /**
     * Records a review of the child's open case held at a review meeting, deciding to continue on the band's cadence.
     *
     * @return the date of the next review, or empty when the child has no open case
     */
    @Transactional
    public Optional<LocalDate> reviewHeld(long childId, LocalDate heldOn, String progress, HavenPrincipal user) {
        return openCase(childId)
                .map(c -> reviews.record(c, new Reviews.Review(heldOn, progress, Optional.empty(), "CONTINUE"), user));
    }

    private Optional<CaseView> openCase(long childId) {
        return queries.forChild(people.recordIds(childId)).stream()
                .filter(CaseView::open)
                .findFirst();
    }
}
