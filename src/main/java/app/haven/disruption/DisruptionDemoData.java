package app.haven.disruption;

import app.haven.intelligence.EntityView;
import app.haven.intelligence.IntelligenceEntities;
import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import app.haven.platform.HavenPrincipal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Disruption in the first demo area, recorded through the services the pages call, signed in as its police
 * investigator, against intelligence's demo network: a CAWN protecting two children with a breach, an s116 notice on
 * the hotel expiring within the lead time, a prosecution to conviction with two victims and one awaiting trial, an
 * intervention and a debrief; and child populations of every area and fictional comparator rates for the comparison.
 */
@Component
class DisruptionDemoData implements DemoDataContributor {

    private final UserDetailsService users;
    private final IntelligenceEntities entities;
    private final DisruptionMeasures measures;
    private final MeasureQueries measureQueries;
    private final Prosecutions prosecutions;
    private final Learning learning;
    private final Comparisons comparisons;
    private final Clock clock;

    DisruptionDemoData(
            UserDetailsService users,
            IntelligenceEntities entities,
            DisruptionMeasures measures,
            MeasureQueries measureQueries,
            Prosecutions prosecutions,
            Learning learning,
            Comparisons comparisons,
            Clock clock) {
        this.users = users;
        this.entities = entities;
        this.measures = measures;
        this.measureQueries = measureQueries;
        this.prosecutions = prosecutions;
        this.learning = learning;
        this.comparisons = comparisons;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void contribute(DemoData demo) {
        JdbcClient jdbc = demo.jdbc();
        Optional<String> area = jdbc.sql("SELECT code FROM area WHERE NOT retired ORDER BY id LIMIT 1")
                .query(String.class)
                .optional();
        long areaId = jdbc.sql("SELECT coalesce(min(id), 0) FROM area WHERE NOT retired")
                .query(Long.class)
                .single();
        Optional<UserDetails> officer = area.flatMap(a -> user("investigator." + a));
        if (officer.isEmpty()) {
            return;
        }
        HavenPrincipal user = (HavenPrincipal) officer.get();
        LocalDate today = DisruptionDates.today(clock);
        as(officer.get(), () -> {
            populationsAndRates(jdbc, today, user);
            return 0;
        });
        List<Long> children =
                jdbc.sql("""
                        SELECT c.child_id FROM child_case c JOIN area a ON a.id = c.area_id
                         WHERE a.code = :area AND c.status = 'OPEN' ORDER BY c.id DESC LIMIT 2
                        """).param("area", area.get()).query(Long.class).list();
        Optional<EntityView> hub = as(
                officer.get(),
                () -> entities.personsOfConcern(user).stream()
                        .filter(e -> e.areaId() == areaId)
                        .reduce((newer, older) -> older));
        Optional<EntityView> hotel = as(
                officer.get(),
                () -> entities.locations(user).stream()
                        .filter(l -> l.label().startsWith("Station Hotel"))
                        .findFirst());
        if (children.size() < 2 || hub.isEmpty() || hotel.isEmpty()) {
            return;
        }
        String victims = "P-" + children.get(0) + "\nP-" + children.get(1);
        as(officer.get(), () -> record(hub.get(), hotel.get(), victims, today, user));
        demo.announce("Disruption: a CAWN (breached), an s116 hotel notice expiring soon, a conviction and a case"
                + " awaiting trial against " + hub.get().label() + " (investigator." + area.get() + "@"
                + DemoData.FICTIONAL_DOMAIN + " sees them at /disruption/entities/"
                + hub.get().id() + ").");
    }

    private int record(EntityView hub, EntityView hotel, String victims, LocalDate today, HavenPrincipal user) {
        long cawn = measures.record(
                new NewMeasure(
                        hub.id(),
                        "CAWN",
                        Optional.empty(),
                        today.minusMonths(4),
                        Optional.empty(),
                        Optional.of("Not to contact, approach or be in the company of the children named"),
                        victims),
                user);
        measures.breach(
                measureQueries.find(cawn, user).orElseThrow(),
                today.minusMonths(1),
                "Seen waiting in a car outside the children's school",
                "Arrested; charged with child abduction",
                user);
        measures.record(
                new NewMeasure(
                        hotel.id(),
                        "S116_NOTICE",
                        Optional.empty(),
                        today.minusMonths(5).minusDays(10),
                        Optional.of(today.plusDays(20)),
                        Optional.of("Give the police the names of guests under 18 and of those with them"),
                        ""),
                user);
        prosecutions.record(
                new NewProsecution(
                        hub.id(),
                        List.of("SOA_S9", "SOA_S14"),
                        new ProsecutionRules.Dates(
                                today.minusMonths(10),
                                Optional.of(today.minusMonths(9)),
                                Optional.of(today.minusMonths(2))),
                        Optional.of("Chester Crown Court"),
                        new ProsecutionRules.Result(
                                Optional.of(ProsecutionRules.Outcome.CONVICTED),
                                Optional.of(today.minusMonths(2)),
                                Optional.empty(),
                                Optional.of("Nine years' imprisonment and a Sexual Harm Prevention Order")),
                        victims,
                        Optional.empty()),
                user);
        prosecutions.record(
                new NewProsecution(
                        hub.id(),
                        List.of("CAA_S2"),
                        new ProsecutionRules.Dates(
                                today.minusMonths(1),
                                Optional.of(today.minusDays(20)),
                                Optional.of(today.plusMonths(3))),
                        Optional.of("Crewe Magistrates' Court"),
                        ProsecutionRules.Result.none(),
                        victims,
                        Optional.empty()),
                user);
        learning.recordIntervention(
                hub,
                "Sex offender treatment programme (community)",
                today.minusMonths(2),
                Optional.of(today.minusMonths(1)),
                Optional.empty(),
                user);
        learning.recordDebrief(
                hub,
                today.minusMonths(2),
                List.of("APPROACH_LIFTS", "PLATFORM_SNAPCHAT", "PLACE_HOTEL", "GROOMING_ALCOHOL_DRUGS"),
                Optional.of("Offered lifts after school, then moved contact to Snapchat"),
                user);
        return 0;
    }

    /** Every area's children (fictional figures) for last year and this, and four fictional similar areas. */
    private void populationsAndRates(JdbcClient jdbc, LocalDate today, HavenPrincipal user) {
        List<Long> areas = jdbc.sql("SELECT id FROM area WHERE NOT retired ORDER BY id")
                .query(Long.class)
                .list();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (int i = 0; i < areas.size(); i++) {
                comparisons.savePopulation(
                        areas.get(i), year, 18_000L + 4_500L * i, "Fictional demo figure (as ONS mid-year estimates)");
            }
        }
        String source = "Fictional demo figure (as published crime outcomes)";
        comparisons.saveRates(
                List.of(
                        new ComparatorCsv.Rate("Northmoor", today.getYear() - 1, new BigDecimal("1.85"), source),
                        new ComparatorCsv.Rate("Easthaven", today.getYear() - 1, new BigDecimal("0.92"), source),
                        new ComparatorCsv.Rate("Westfold", today.getYear() - 1, new BigDecimal("1.31"), source),
                        new ComparatorCsv.Rate("Southby", today.getYear() - 1, new BigDecimal("2.40"), source)),
                user);
    }

    private Optional<UserDetails> user(String local) {
        try {
            return Optional.of(users.loadUserByUsername(local + "@" + DemoData.FICTIONAL_DOMAIN));
        } catch (UsernameNotFoundException absent) {
            return Optional.empty();
        }
    }

    private static <T> T as(UserDetails user, Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
