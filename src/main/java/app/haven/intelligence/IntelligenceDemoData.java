package app.haven.intelligence;

import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A small network across the first two demo areas, recorded through the services the pages call, signed in as each
 * area's demo intelligence analyst: two persons of concern (hubs) with a hotel, a car, a phone and an online account,
 * graded reports (one conditional) linking them to children, and the first hub linked to a third child in the second
 * area, which raises the "one adult, many children" alert to both areas.
 */
@Component
class IntelligenceDemoData implements DemoDataContributor {

    private final UserDetailsService users;
    private final DemoNetwork network;

    IntelligenceDemoData(UserDetailsService users, DemoNetwork network) {
        this.users = users;
        this.network = network;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void contribute(DemoData demo) {
        JdbcClient jdbc = demo.jdbc();
        List<String> areas = jdbc.sql("SELECT code FROM area WHERE NOT retired ORDER BY id LIMIT 2")
                .query(String.class)
                .list();
        if (areas.size() < 2) {
            return;
        }
        Optional<UserDetails> first = user("analyst." + areas.get(0));
        Optional<UserDetails> second = user("analyst." + areas.get(1));
        if (first.isEmpty() || second.isEmpty()) {
            return;
        }
        int links = network.record(jdbc, areas, (HavenPrincipal) first.get(), (HavenPrincipal) second.get());
        demo.announce("Intelligence: " + links + " links around two persons of concern in " + areas.get(0) + " and "
                + areas.get(1) + ", one raising the \"one adult, many children\" alert (analyst." + areas.get(0)
                + "@" + DemoData.FICTIONAL_DOMAIN + " sees it at /intelligence).");
    }

    private Optional<UserDetails> user(String local) {
        try {
            return Optional.of(users.loadUserByUsername(local + "@" + DemoData.FICTIONAL_DOMAIN));
        } catch (UsernameNotFoundException absent) {
            return Optional.empty();
        }
    }
}
