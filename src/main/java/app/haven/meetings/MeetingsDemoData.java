package app.haven.meetings;

import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Each demo area's multi-agency CSE group with a year of monthly meetings and the next one planned, written through
 * the services the pages use (agenda from the register, attendance, notes, decisions, actions for the police and the
 * commissioned service, closing as held), signed in as the area's coordinator. Actions end in every state: done,
 * cancelled, in progress, open and not yet due, and overdue (escalated by the same check the scheduler runs).
 */
@Component
class MeetingsDemoData implements DemoDataContributor {

    private final UserDetailsService users;
    private final DemoMeetings meetings;
    private final ActionEscalation escalation;

    MeetingsDemoData(UserDetailsService users, DemoMeetings meetings, ActionEscalation escalation) {
        this.users = users;
        this.meetings = meetings;
        this.escalation = escalation;
    }

    @Override
    public int order() {
        // After referrals and intelligence (60): the agenda lists referrals awaiting a decision, and the next meeting
        // names a person of concern from the network.
        return 65;
    }

    @Override
    public void contribute(DemoData demo) {
        JdbcClient jdbc = demo.jdbc();
        List<String> areas = jdbc.sql("SELECT code FROM area WHERE NOT retired ORDER BY id")
                .query(String.class)
                .list();
        int made = 0;
        for (String area : areas) {
            Optional<UserDetails> coordinator = user("coordinator", area);
            Optional<UserDetails> police = user("investigator", area);
            Optional<UserDetails> worker = user("caseworker", area);
            if (coordinator.isEmpty() || police.isEmpty() || worker.isEmpty()) {
                continue;
            }
            made += as(
                    coordinator.get(),
                    () -> meetings.yearFor(
                            area, (HavenPrincipal) coordinator.get(), (HavenPrincipal) police.get(), (HavenPrincipal)
                                    worker.get()));
        }
        if (made > 0) {
            as(user("coordinator", areas.get(0)).orElseThrow(), escalation::escalate);
        }
        demo.announce("Meetings: " + made + " monthly multi-agency CSE group meetings in " + areas.size()
                + " areas (Meetings in the service navigation; actions at /meeting-actions).");
    }

    private Optional<UserDetails> user(String mailbox, String area) {
        try {
            return Optional.of(users.loadUserByUsername(mailbox + "." + area + "@" + DemoData.FICTIONAL_DOMAIN));
        } catch (UsernameNotFoundException absent) {
            return Optional.empty();
        }
    }

    /** Runs as a signed-in demo user: the audit log records who did each thing, as it does for a person. */
    private static <T> T as(UserDetails user, java.util.function.Supplier<T> work) {
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
