package app.haven.missing;

import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Missing episodes in every demo area, written through the same services as the pages (statutory rules, inbox tasks,
 * chronology, audit), signed in as the area's demo coordinator and its commissioned service's case worker: some
 * children repeat missing, some interviews held in time, one overdue, one due, one child missing now, and a
 * Philomena profile for a looked-after child. The same volume at any scale (benchmarks bring their own).
 */
@Component
class MissingDemoData implements DemoDataContributor {

    private final UserDetailsService users;
    private final DemoEpisodes episodes;

    MissingDemoData(UserDetailsService users, DemoEpisodes episodes) {
        this.users = users;
        this.episodes = episodes;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void contribute(DemoData demo) {
        JdbcClient jdbc = demo.jdbc();
        List<String> areas = jdbc.sql("SELECT code FROM area WHERE NOT retired ORDER BY id")
                .query(String.class)
                .list();
        int made = 0;
        for (String area : areas) {
            UserDetails coordinator = user("coordinator." + area + "@" + DemoData.FICTIONAL_DOMAIN);
            UserDetails worker = user("caseworker." + area + "@" + DemoData.FICTIONAL_DOMAIN);
            if (coordinator == null || worker == null) {
                continue;
            }
            made += as(coordinator, () -> episodes.forArea(jdbc, area, coordinator, worker));
        }
        demo.announce("Missing: " + made + " missing episodes with return home interviews in " + areas.size()
                + " areas (the area's coordinator sees them at /missing).");
    }

    private UserDetails user(String email) {
        try {
            return users.loadUserByUsername(email);
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException absent) {
            return null;
        }
    }

    /** Runs as a signed-in demo user: the audit log records who did each thing, as it does for a person. */
    static <T> T as(UserDetails user, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
