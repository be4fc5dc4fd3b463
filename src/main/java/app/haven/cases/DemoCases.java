package app.haven.cases;

import app.haven.identity.ActingAs;
import app.haven.platform.HavenPrincipal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Writes demo cases through the same services a user's screens call, acting as the area's demo staff: opening,
 * the team around the child, the planning meeting, the plan, reviews and closure raise the same inbox tasks,
 * chronology entries and audit entries as they would for a person, so "Your work" always agrees with the register.
 * Only the opening is dated in the recent past (as an import's would be); later steps carry the dates they record.
 */
@Component
class DemoCases {

    /** An area's demo staff: the practitioner who leads its cases, its police investigator and its manager. */
    record Staff(long areaId, long practitionerId, long investigatorId, long investigatorAgencyId, long managerId) {}

    static final String REASON = "Demo: concerns shared at the area's CSE multi-agency group";
    private static final String[] BANDS = {"No apparent risk", "Low", "Medium", "High"};
    private static final int[] RANKS = {3, 2, 1, 2};
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String CLOSING_SUMMARY =
            "Demo: no missing episodes for six weeks, back in school full time, and the child knows who to call.";
    private static final String PROGRESS = "Demo: engaging with the plan; no missing episodes since the last review.";

    private final Cases cases;
    private final TeamAroundChild team;
    private final Reviews reviews;
    private final Closures closures;
    private final CaseQueries queries;
    private final DemoPlans plans;
    private final ActingAs actingAs;

    DemoCases(
            Cases cases,
            TeamAroundChild team,
            Reviews reviews,
            Closures closures,
            CaseQueries queries,
            DemoPlans plans,
            ActingAs actingAs) {
        this.cases = cases;
        this.team = team;
        this.reviews = reviews;
        this.closures = closures;
        this.queries = queries;
        this.plans = plans;
        this.actingAs = actingAs;
    }

    /** What every demo case needs: the random source, the day it is, review weeks by band and the catalogues. */
    record Context(Random random, LocalDate today, DemoPlans.Catalogue catalogue) {}

    /**
     * An open case put on the register 1 to 120 days ago, reviewed on its band's cadence since; one in five has
     * its latest review overdue and one in six its planning meeting still to be held.
     */
    void open(Context context, long child, Staff staff, int index) {
        Random random = context.random();
        LocalDate today = context.today();
        LocalDate opened = today.minusDays(1 + random.nextInt(120));
        // Bands in turn rather than at random, so every area's register shows High, Medium and Low.
        int rank = RANKS[index % RANKS.length];
        int weeks = context.catalogue().weeksByRank().getOrDefault(rank, 12);
        boolean overdue = random.nextInt(5) == 0;
        long days = today.toEpochDay() - opened.toEpochDay();
        LocalDate meeting = random.nextInt(6) == 0 || days < 3
                ? null
                : opened.plusDays(3 + random.nextInt((int) Math.min(8, days - 2)));
        actingAs.act(staff.practitionerId(), lead -> {
            CaseRef ref = openAs(context, child, staff, opened, rank, lead);
            if (meeting != null) {
                cases.planningMeetingHeld(ref, meeting, lead);
            }
            LocalDate due = opened.plusWeeks(weeks);
            while (due.isBefore(today) && !(overdue && !due.plusWeeks(weeks).isBefore(today))) {
                LocalDate held = due.minusDays(random.nextInt(3));
                CaseView current = queries.find(ref.caseId()).orElseThrow();
                due = reviews.record(current, new Reviews.Review(held, PROGRESS, Optional.empty(), "CONTINUE"), lead);
            }
        });
    }

    /** A case opened 60 to 120 days ago whose closure the lead asked for and the area's manager approved. */
    void closed(Context context, long child, Staff staff) {
        closed(
                context,
                child,
                staff,
                context.today().minusDays(60 + context.random().nextInt(61)));
    }

    /**
     * A case opened on the day given (a year or more ago, for the board's trends) and closed now: the closure's
     * request and approval are today's acts, as a register loaded from an older system would record them.
     */
    void closed(Context context, long child, Staff staff, LocalDate opened) {
        int rank = 1 + context.random().nextInt(2);
        CaseRef ref = actingAs.run(staff.practitionerId(), lead -> {
            CaseRef opening = openAs(context, child, staff, opened, rank, lead);
            cases.planningMeetingHeld(opening, opened.plusDays(7), lead);
            return opening;
        });
        long closure = actingAs.run(
                staff.practitionerId(),
                lead -> closures.request(ref, "RISK_REDUCED", "RISK_MANAGED", CLOSING_SUMMARY, lead)
                        .orElseThrow());
        actingAs.act(
                staff.managerId(),
                manager -> closures.decide(closure, true, "Agreed: the plan has done its work.", manager));
    }

    private CaseRef openAs(Context context, long child, Staff staff, LocalDate opened, int rank, HavenPrincipal lead) {
        Random random = context.random();
        List<String> models = context.catalogue().models();
        int first = random.nextInt(models.size());
        // One or two models; the step of three keeps the second distinct from the first.
        List<String> chosen = random.nextBoolean()
                ? List.of(models.get(first))
                : List.of(models.get(first), models.get((first + 3) % models.size()));
        Cases.PriorBand band = new Cases.PriorBand(
                BANDS[rank], rank, opened.minusDays(random.nextInt(5)), rank == 3 && random.nextInt(4) == 0);
        long id = cases.open(
                new Cases.Opening(
                        child,
                        staff.areaId(),
                        lead.userId(),
                        Optional.empty(),
                        REASON,
                        chosen,
                        List.of(),
                        Optional.of(band)),
                lead,
                at(opened));
        CaseRef ref = new CaseRef(id, child, staff.areaId(), lead.userId());
        team.add(ref, staff.investigatorId(), "Police CSE officer", lead);
        plans.write(context, ref, staff, opened, lead);
        return ref;
    }

    /** Ten in the morning of a day, in London: demo events happen in office hours. */
    static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(LONDON).toInstant();
    }
}
