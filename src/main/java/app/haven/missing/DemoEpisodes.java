package app.haven.missing;

import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** One demo area's episodes, interviews and Philomena profile, through the services a user's pages call. */
@Component
class DemoEpisodes {

    private final MissingEpisodes episodes;
    private final EpisodeQueries queries;
    private final ReturnInterviews interviews;
    private final PhilomenaProfiles profiles;
    private final People people;
    private final Clock clock;

    DemoEpisodes(
            MissingEpisodes episodes,
            EpisodeQueries queries,
            ReturnInterviews interviews,
            PhilomenaProfiles profiles,
            People people,
            Clock clock) {
        this.episodes = episodes;
        this.queries = queries;
        this.interviews = interviews;
        this.profiles = profiles;
        this.people = people;
        this.clock = clock;
    }

    /** Returns how many episodes it recorded. */
    int forArea(JdbcClient jdbc, String area, UserDetails coordinator, UserDetails worker) {
        List<Long> children =
                jdbc.sql("""
                        SELECT c.child_id FROM child_case c JOIN area a ON a.id = c.area_id
                         WHERE a.code = :area AND c.status = 'OPEN' ORDER BY c.id LIMIT 6
                        """).param("area", area).query(Long.class).list();
        HavenPrincipal by = (HavenPrincipal) coordinator;
        int made = 0;
        for (int i = 0; i < children.size(); i++) {
            PersonSummary child = people.find(children.get(i)).orElseThrow();
            switch (i) {
                case 0, 1, 2 -> {
                    for (int daysAgo : new int[] {80, 40, 10 + i}) {
                        long id = episode(child, by, daysAgo * 24L, Optional.of(daysAgo * 24L - 20));
                        interview(id, worker, i == 2 && daysAgo == 40 ? "DECLINED" : "COMPLETED");
                        made++;
                    }
                }
                // returned five days ago and never interviewed: overdue on the coordinator's view
                case 3 -> episode(child, by, 6 * 24L, Optional.of(5 * 24L));
                // returned this morning: the interview is due
                case 4 -> episode(child, by, 30, Optional.of(20L));
                default -> episode(child, by, 6, Optional.empty());
            }
            made += i < 3 ? 0 : 1;
        }
        jdbc.sql("""
                        SELECT p.id FROM person p JOIN child_involvement ci ON ci.child_id = p.id JOIN area a ON a.id = ci.area_id
                         WHERE a.code = :area AND p.looked_after_status = 'LOOKED_AFTER' AND p.merged_into IS NULL
                         ORDER BY p.id LIMIT 1
                        """).param("area", area).query(Long.class).optional().ifPresent(child -> philomena(child, by));
        return made;
    }

    private long episode(PersonSummary child, HavenPrincipal by, long hoursAgo, Optional<Long> returnedHoursAgo) {
        Instant now = clock.instant();
        Instant start = now.minus(Duration.ofHours(hoursAgo));
        long id = episodes.report(
                child,
                new NewEpisode(
                        hoursAgo % 2 == 0 ? "MISSING" : "AWAY",
                        "Residential home (demo)",
                        start.plus(Duration.ofMinutes(45)),
                        Optional.of("DEMO-" + (1000 + hoursAgo)),
                        start,
                        Optional.empty(),
                        hoursAgo > 100 ? "MEDIUM" : "HIGH",
                        "Demo: CSE concern; seen with older males near the bus station",
                        "PS 0000 Demo",
                        List.of("Bus station (demo)", "Takeaway on the high street (demo)"),
                        List.of("Older male known as 'Jay' (demo)")),
                by);
        returnedHoursAgo.ifPresent(hours -> episodes.recordReturn(
                queries.find(id).orElseThrow(),
                new EpisodeReturn(
                        now.minus(Duration.ofHours(hours)),
                        Optional.of("A flat above a takeaway (demo)"),
                        Optional.of("Two older males (demo)"),
                        Optional.of("Returned by police"),
                        Optional.empty(),
                        0),
                by));
        return id;
    }

    private void interview(long episodeId, UserDetails worker, String outcome) {
        EpisodeView episode = queries.find(episodeId).orElseThrow();
        Instant returned = episode.endedAt().orElseThrow();
        boolean held = outcome.equals("COMPLETED");
        NewInterview interview = new NewInterview(
                outcome,
                returned.plus(Duration.ofHours(6)),
                held ? Optional.of(returned.plus(Duration.ofHours(30))) : Optional.empty(),
                held ? Optional.empty() : Optional.of("Demo: the child said they did not want to talk"),
                held ? Optional.of("Demo: at a flat with older males") : Optional.empty(),
                held ? Optional.of("Demo: taxi paid for by someone else") : Optional.empty(),
                Optional.empty(),
                held ? Optional.of("Demo: a youth worker to talk to") : Optional.empty(),
                held ? Optional.of("Demo: I just wanted to get out of the house") : Optional.empty(),
                held ? List.of("CONFLICT_AT_HOME", "ADULTS_OF_CONCERN") : List.of(),
                Optional.empty(),
                Optional.empty());
        MissingDemoData.as(worker, () -> interviews.record(episode, interview, (HavenPrincipal) worker));
    }

    private void philomena(long child, HavenPrincipal by) {
        if (profiles.current(child).isEmpty()) {
            profiles.save(
                    child,
                    new PhilomenaForm(
                            "Demo: about 5ft 3in, slim, shoulder-length brown hair, small scar above the right eyebrow",
                            "Held by the children's home (demo)",
                            "Demo: two friends from school; an older male known as 'Jay'",
                            "Demo: the bus station, the retail park",
                            "Demo: 07700 900000; social media @demo.child",
                            "Demo: asthma (carries an inhaler)",
                            0),
                    by);
        }
    }
}
