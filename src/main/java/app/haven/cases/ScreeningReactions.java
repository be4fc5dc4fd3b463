package app.haven.cases;

import app.haven.people.People;
import app.haven.screening.ChildScreenings;
import app.haven.screening.ScreeningCompleted;
import app.haven.screening.StandingBandChanged;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register follows screenings, in the screening's own transaction: an open case takes the new band (and an
 * earlier review when the band's cadence is shorter); a screening at or above the partnership's threshold, or with a
 * child protection trigger whatever its band, for a child not on the register asks those who run cases and may open
 * the child to consider putting them on it.
 */
@Component
class ScreeningReactions {

    private final JdbcClient jdbc;
    private final CaseSettings settings;
    private final CaseJournal journal;
    private final ChildNames names;
    private final ChildScreenings screenings;
    private final People people;
    private final Clock clock;

    ScreeningReactions(
            JdbcClient jdbc,
            CaseSettings settings,
            CaseJournal journal,
            ChildNames names,
            ChildScreenings screenings,
            People people,
            Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.journal = journal;
        this.names = names;
        this.screenings = screenings;
        this.people = people;
        this.clock = clock;
    }

    @EventListener
    void screened(ScreeningCompleted screening) {
        Optional<CaseRef> open = openCase(screening.childId());
        LocalDate today = LocalDate.now(clock);
        if (open.isPresent()) {
            jdbc.sql("""
                            UPDATE child_case SET band_label = :band, band_rank = :rank, last_screened_on = :today,
                                   child_protection = :cp, version = version + 1
                             WHERE id = :id
                            """)
                    .param("band", screening.bandLabel())
                    .param("rank", screening.bandRank())
                    .param("today", Date.valueOf(LocalDate.ofInstant(screening.occurredAt(), clock.getZone())))
                    .param("cp", !screening.triggers().isEmpty())
                    .param("id", open.get().caseId())
                    .update();
            bringReviewForward(open.get(), screening.bandRank(), today);
        } else if (screening.bandRank() >= settings.current().thresholdRank()
                || !screening.triggers().isEmpty()) {
            // A child protection trigger asks for the register whatever the band (strategy's response rules).
            journal.publish(CaseTask.considerRegister(
                    screening.childId(), names.of(screening.childId()), screening.bandLabel(), today.plusDays(2)));
        }
    }

    /** An override changed a band: the case follows it when that screening is the child's latest. */
    @EventListener
    void bandChanged(StandingBandChanged change) {
        boolean latest = screenings
                .latestFor(people.recordIds(change.childId()))
                .filter(s -> s.id() == change.screeningId())
                .isPresent();
        if (!latest) {
            return;
        }
        openCase(change.childId()).ifPresent(ref -> {
            jdbc.sql(
                            "UPDATE child_case SET band_label = :band, band_rank = :rank, version = version + 1 WHERE id = :id")
                    .param("band", change.bandLabel())
                    .param("rank", change.bandRank())
                    .param("id", ref.caseId())
                    .update();
            bringReviewForward(ref, change.bandRank(), LocalDate.now(clock));
        });
    }

    /** A higher band has a shorter cadence: the next review comes no later than the new cadence allows. */
    private void bringReviewForward(CaseRef ref, int rank, LocalDate today) {
        CaseSettings.Values values = settings.current();
        LocalDate since = jdbc.sql("""
                        SELECT coalesce((SELECT max(held_on) FROM case_review WHERE case_id = c.id), c.opened_on)
                          FROM child_case c WHERE c.id = :id
                        """)
                .param("id", ref.caseId())
                .query(Date.class)
                .single()
                .toLocalDate();
        LocalDate candidate = since.plusWeeks(values.weeksFor(rank));
        if (candidate.isBefore(today)) {
            candidate = today;
        }
        int moved = jdbc.sql("UPDATE child_case SET next_review_on = :date WHERE id = :id AND next_review_on > :date")
                .param("date", Date.valueOf(candidate))
                .param("id", ref.caseId())
                .update();
        if (moved == 1) {
            journal.publish(CaseTask.review(
                    ref.caseId(),
                    ref.childId(),
                    names.of(ref.childId()),
                    ref.leadUserId(),
                    candidate,
                    values.reviewNoticeDays()));
        }
    }

    private Optional<CaseRef> openCase(long childId) {
        return jdbc.sql("SELECT id, child_id, area_id, lead_user_id FROM child_case WHERE child_id = :child"
                        + " AND status = 'OPEN'")
                .param("child", childId)
                .query((rs, row) -> new CaseRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .optional();
    }
}
