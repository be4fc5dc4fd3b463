package app.haven.engagement;

import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The first area's engagement work, recorded through the services its pages call, signed in as the area's demo
 * coordinator: published "Know and See" resources and the top 10 page, concerns from the public (one closed), services,
 * a training session against a headcount, a school event for Years 5 and 6, and survey answers from codes.
 */
@Component
class EngagementDemoData implements DemoDataContributor {

    private final UserDetailsService users;
    private final Resources resources;
    private final TopTen topTen;
    private final Concerns concerns;
    private final ServiceDirectory services;
    private final TrainingRecords training;
    private final PreventiveEvents events;
    private final Surveys surveys;
    private final Clock clock;

    EngagementDemoData(
            UserDetailsService users,
            Resources resources,
            TopTen topTen,
            Concerns concerns,
            ServiceDirectory services,
            TrainingRecords training,
            PreventiveEvents events,
            Surveys surveys,
            Clock clock) {
        this.users = users;
        this.resources = resources;
        this.topTen = topTen;
        this.concerns = concerns;
        this.services = services;
        this.training = training;
        this.events = events;
        this.surveys = surveys;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void contribute(DemoData demo) {
        List<Map.Entry<Long, String>> areas = demo.jdbc()
                .sql("SELECT id, code FROM area WHERE NOT retired ORDER BY id LIMIT 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
        if (areas.isEmpty()) {
            return;
        }
        long area = areas.get(0).getKey();
        Optional<UserDetails> coordinator = user("coordinator." + areas.get(0).getValue());
        if (coordinator.isEmpty()) {
            return;
        }
        HavenPrincipal by = (HavenPrincipal) coordinator.get();
        LocalDate today = LocalDate.now(clock.withZone(EngagementMeasures.LONDON));
        as(coordinator.get(), () -> {
            EngagementDemoContent.resources(today).forEach(form -> publish(form, area, today, by));
            topTen.replace(EngagementDemoContent.topTen(), topTen.page().version(), by);
            EngagementDemoContent.concerns(area).forEach(concerns::receive);
            long first = concerns.queue(by).get(0).id();
            concerns.close(first, 0, "NOT_ENOUGH_DETAIL", Optional.of("No place or time given"), by);
            EngagementDemoContent.services(area).forEach(s -> services.add(s, by));
            training.record(EngagementDemoContent.session(area, by.agencyId(), today), by);
            training.headcount(by.agencyId(), area, 120, by);
            events.record(EngagementDemoContent.event(area, today), by);
            for (int i = 0; i < 8; i++) {
                String code = surveys.issue(area, "CHILDREN_YOUNG_PEOPLE", 1, Optional.empty(), by)
                        .get(0);
                surveys.answer(code, Map.of("HEALTHY_RELATIONSHIP", 4 + i % 2, "FEEL_SAFER", 3 + i % 3));
            }
            surveys.issue(area, "CHILDREN_YOUNG_PEOPLE", 1, Optional.empty(), by);
            return null;
        });
        demo.announce("Engagement: public pages at /public (resources, top 10, report a concern); concerns to triage"
                + " and surveys for coordinator." + areas.get(0).getValue() + "@" + DemoData.FICTIONAL_DOMAIN + ".");
    }

    private void publish(ResourceForm form, long area, LocalDate today, HavenPrincipal by) {
        FormErrors.Builder errors = FormErrors.builder();
        ResourceForm.Checked checked = form.check(today, errors)
                .orElseThrow(() -> new IllegalStateException("demo resource refused: " + errors.build()));
        long id = resources.create(checked, area, Optional.empty(), by);
        resources.move(id, 0, "DRAFT", "PUBLISHED", by);
    }

    private Optional<UserDetails> user(String local) {
        try {
            return Optional.of(users.loadUserByUsername(local + "@" + DemoData.FICTIONAL_DOMAIN));
        } catch (UsernameNotFoundException absent) {
            return Optional.empty();
        }
    }

    private static <T> T as(UserDetails user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static DateParts date(LocalDate day) {
        return new DateParts(
                String.valueOf(day.getDayOfMonth()),
                String.valueOf(day.getMonthValue()),
                String.valueOf(day.getYear()));
    }
}
