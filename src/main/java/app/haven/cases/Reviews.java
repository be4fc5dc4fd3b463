package app.haven.cases;

import app.haven.platform.HavenPrincipal;
import app.haven.screening.ScreeningSummary;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of an open case. The next review falls on the cadence of the band that stands (defaults High 4 weeks,
 * Medium 6, Low 12; partnership settings), counted from the day the review was held.
 */
@Service
class Reviews {

    /** A review as recorded: the linked re-screening, if any, sets the band the next date follows. */
    record Review(LocalDate heldOn, String progress, Optional<ScreeningSummary> screening, String decision) {}

    private final JdbcClient jdbc;
    private final CaseSettings settings;
    private final CaseJournal journal;
    private final ChildNames names;
    private final Clock clock;

    Reviews(JdbcClient jdbc, CaseSettings settings, CaseJournal journal, ChildNames names, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.journal = journal;
        this.names = names;
        this.clock = clock;
    }

    /** Records a review and returns the date of the next one. */
    @Transactional
    LocalDate record(CaseView current, Review review, HavenPrincipal user) {
        CaseSettings.Values values = settings.current();
        Integer rank = review.screening()
                .map(ScreeningSummary::bandRank)
                .orElse(current.bandRank().orElse(null));
        LocalDate next = review.heldOn().plusWeeks(values.weeksFor(rank));
        jdbc.sql("""
                        INSERT INTO case_review (case_id, held_on, due_on, progress, screening_id, band_label, decision,
                                                 next_review_on, recorded_at, recorded_by)
                        VALUES (:case, :held, :due, :progress, :screening, :band, :decision, :next, :now, :user)
                        """)
                .param("case", current.id())
                .param("held", Date.valueOf(review.heldOn()))
                .param("due", Date.valueOf(current.nextReviewOn()))
                .param("progress", review.progress())
                .param("screening", review.screening().map(ScreeningSummary::id).orElse(null))
                .param(
                        "band",
                        review.screening()
                                .map(ScreeningSummary::bandLabel)
                                .or(current::bandLabel)
                                .orElse(null))
                .param("decision", review.decision())
                .param("next", Date.valueOf(next))
                .param("now", Timestamp.from(clock.instant()))
                .param("user", user.userId())
                .update();
        jdbc.sql("UPDATE child_case SET next_review_on = :next, version = version + 1 WHERE id = :id")
                .param("next", Date.valueOf(next))
                .param("id", current.id())
                .update();
        journal.publish(CaseTask.review(
                current.id(),
                current.childId(),
                names.of(current.childId()),
                current.leadUserId(),
                next,
                values.reviewNoticeDays()));
        journal.step(
                current.ref(),
                "case",
                current.id(),
                "cases.reviewed",
                "Case reviewed",
                "Case reviewed: "
                        + CaseChoices.label(CaseChoices.DECISIONS, review.decision())
                                .toLowerCase(java.util.Locale.UK) + "; next review " + CaseDates.format(next),
                true,
                user);
        return next;
    }
}
