package app.haven.intelligence;

import app.haven.intelligence.network.LinkType;
import app.haven.people.People;
import app.haven.platform.HavenPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The demo network itself, recorded as the two areas' analysts would record it on the pages. */
@Component
class DemoNetwork {

    private final Entities entities;
    private final IntelligenceRecording recording;
    private final LocationTypes locationTypes;
    private final IntelligenceScope scope;
    private final People people;
    private final Clock clock;

    DemoNetwork(
            Entities entities,
            IntelligenceRecording recording,
            LocationTypes locationTypes,
            IntelligenceScope scope,
            People people,
            Clock clock) {
        this.entities = entities;
        this.recording = recording;
        this.locationTypes = locationTypes;
        this.scope = scope;
        this.people = people;
        this.clock = clock;
    }

    /** Returns how many links it recorded. */
    int record(JdbcClient jdbc, List<String> areas, HavenPrincipal first, HavenPrincipal second) {
        List<Long> hereChildren = children(jdbc, areas.get(0));
        List<Long> thereChildren = children(jdbc, areas.get(1));
        List<Long> adults = adults(jdbc, areas);
        if (hereChildren.size() < 3 || thereChildren.size() < 2 || adults.size() < 2) {
            return 0;
        }
        long hub = as(first, () -> concern(adults.get(0), first));
        long hotel = as(
                first,
                () -> thing(first, "LOCATION", "Station Hotel, 1 Station Road", "CW1 2AB", "53.08967", "-2.43330"));
        long cafe = as(
                first,
                () -> thing(first, "LOCATION", "Kebab Corner, 14 High Street", "CW1 3DD", "53.09755", "-2.44087"));
        long car = as(first, () -> thing(first, "VEHICLE", "", "", "", ""));
        long phone = as(first, () -> thing(first, "PHONE", "", "", "", ""));
        long account = as(first, () -> thing(first, "ONLINE_ACCOUNT", "", "", "", ""));
        int links = 0;
        links += as(
                first,
                () -> report(
                        first,
                        "2",
                        "B",
                        "P",
                        null,
                        "Seen collecting two girls from school in a silver car " + "and taking them to a hotel",
                        LinkType.EXPLOITED,
                        ref(hub),
                        person(hereChildren.get(0)),
                        person(hereChildren.get(1))));
        links += as(
                first,
                () -> report(
                        first,
                        "1",
                        "B",
                        "P",
                        null,
                        "Uses the hotel, the car, the phone and the account",
                        null,
                        ref(hub),
                        ref(hotel),
                        ref(car),
                        ref(phone),
                        ref(account)));
        links += as(
                first,
                () -> report(
                        first,
                        "2",
                        "C",
                        "P",
                        null,
                        "Frequents the hotel and the takeaway",
                        LinkType.FREQUENTS,
                        ref(hub),
                        ref(hotel),
                        ref(cafe)));
        links += as(
                first, () -> report(first, "2", "B", "P", null, "Drives the car", LinkType.DRIVES, ref(hub), ref(car)));
        links += as(
                first,
                () -> report(first, "2", "B", "P", null, "Uses the phone", LinkType.USES_PHONE, ref(hub), ref(phone)));
        links += as(
                first,
                () -> report(
                        first,
                        "3",
                        "C",
                        "P",
                        null,
                        "Messages girls from this account",
                        LinkType.CONTACTED_ONLINE,
                        ref(account),
                        person(hereChildren.get(2))));
        long secondHub = as(second, () -> concern(adults.get(1), second));
        // The first hub reaches a child in the second area: the third child, across two areas, raises the alert.
        links += as(
                second,
                () -> report(
                        second,
                        "2",
                        "B",
                        "C",
                        "Not to be shared outside the police and the area's CSE" + " coordinator",
                        "Seen with a girl from this area at the hotel",
                        LinkType.SEEN_WITH,
                        ref(hub),
                        person(thereChildren.get(0))));
        links += as(
                second,
                () -> report(
                        second,
                        "2",
                        "C",
                        "P",
                        null,
                        "Associates and drives girls to the takeaway",
                        LinkType.ASSOCIATES_WITH,
                        ref(secondHub),
                        ref(hub),
                        person(thereChildren.get(1)),
                        ref(cafe)));
        return links;
    }

    private long concern(long adult, HavenPrincipal by) {
        String name = people.find(adult).orElseThrow().name();
        return entities.record(
                NewEntity.person(adult, areaOf(by), name, false, Optional.of("SUSPECTED_PERPETRATOR")), by);
    }

    private long thing(HavenPrincipal by, String kind, String address, String postcode, String lat, String lon) {
        EntityForm form = switch (kind) {
            case "LOCATION" ->
                new EntityForm(
                        kind,
                        "",
                        "",
                        address.startsWith("Station") ? "HOTEL" : "TAKEAWAY",
                        address,
                        postcode,
                        lat,
                        lon,
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "");
            case "VEHICLE" ->
                new EntityForm(
                        kind, "", "", "", "", "", "", "", "KX19 HVN", "Ford Focus", "Silver", "", "", "", "", "", "");
            case "PHONE" ->
                new EntityForm(kind, "", "", "", "", "", "", "", "", "", "", "07700 900461", "", "", "", "", "");
            default ->
                new EntityForm(
                        kind, "", "", "", "", "", "", "", "", "", "", "", "Snapchat", "@nightowl_demo", "", "", "");
        };
        app.haven.platform.web.FormErrors.Builder errors = app.haven.platform.web.FormErrors.builder();
        NewEntity entity = form.check(areaOf(by), locationTypes.current(), errors)
                .orElseThrow(() -> new IllegalStateException(
                        "demo entity refused: " + errors.build().items()));
        return entities.existing(entity).orElseGet(() -> entities.record(entity, by));
    }

    private int report(
            HavenPrincipal by,
            String source,
            String intel,
            String handling,
            String conditions,
            String body,
            LinkType type,
            References.Reference... about) {
        ReportForm.Checked checked = new ReportForm.Checked(
                "OFFICER",
                Optional.of("Demo officer"),
                body,
                LocalDate.now(clock).minusDays(20),
                new Grading(Grading.APP, source, intel, handling, Optional.ofNullable(conditions)),
                List.of(about),
                Optional.ofNullable(type));
        recording.report(checked, by);
        return type == null ? 0 : about.length - 1;
    }

    private static References.Reference ref(long entity) {
        return new References.Reference('I', entity);
    }

    private static References.Reference person(long person) {
        return new References.Reference('P', person);
    }

    private long areaOf(HavenPrincipal by) {
        return scope.areaIds(by).get(0);
    }

    private static List<Long> children(JdbcClient jdbc, String area) {
        return jdbc.sql("""
                        SELECT c.child_id FROM child_case c JOIN area a ON a.id = c.area_id
                         WHERE a.code = :area AND c.status = 'OPEN' ORDER BY c.id DESC LIMIT 3
                        """).param("area", area).query(Long.class).list();
    }

    private static List<Long> adults(JdbcClient jdbc, List<String> areas) {
        return jdbc.sql("""
                        SELECT min(p.id) FROM person p JOIN area a ON a.id = p.area_id
                         WHERE p.kind = 'ADULT' AND p.merged_into IS NULL AND a.code IN (:areas)
                         GROUP BY a.id ORDER BY a.id
                        """).param("areas", areas).query(Long.class).list();
    }

    private static <T> T as(HavenPrincipal user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails details = (UserDetails) user;
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
