package app.haven.referrals;

import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A year of referrals to the commissioned service in every demo area, with its decisions, direct work sessions and
 * closures, disclosures with police responses, a sharing decision not to share, and an NRM case: all through the
 * services the pages call (sharing log, inbox tasks, chronology, audit), signed in as the area's demo users.
 */
@Component
class ReferralsDemoData implements DemoDataContributor {

    private final UserDetailsService users;
    private final DemoReferrals referrals;

    ReferralsDemoData(UserDetailsService users, DemoReferrals referrals) {
        this.users = users;
        this.referrals = referrals;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void contribute(DemoData demo) {
        List<String> areas = demo.jdbc()
                .sql("SELECT code FROM area WHERE NOT retired ORDER BY id")
                .query(String.class)
                .list();
        int made = 0;
        boolean nrmMade = false;
        for (String area : areas) {
            DemoReferrals.Staff staff = new DemoReferrals.Staff(
                    user("coordinator." + area), user("caseworker." + area), user("investigator." + area));
            if (staff.coordinator() == null || staff.worker() == null || staff.police() == null) {
                continue;
            }
            made += referrals.forArea(demo, area, staff, !nrmMade);
            nrmMade = true;
        }
        demo.announce("Referrals: " + made + " referrals to the commissioned service over the past year, with direct"
                + " work, disclosures and an NRM case (the case worker's caseload is at /referrals/caseload).");
    }

    private UserDetails user(String mailbox) {
        try {
            return users.loadUserByUsername(mailbox + "@" + DemoData.FICTIONAL_DOMAIN);
        } catch (UsernameNotFoundException absent) {
            return null;
        }
    }

    /** Runs as a signed-in demo user: the audit log records who did each thing, as it does for a person. */
    static void as(UserDetails user, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
