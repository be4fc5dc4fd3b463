package app.haven.identity;

import app.haven.platform.DemoData;
import app.haven.platform.DemoDataContributor;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo partnership: the four Pan-Cheshire areas, their agencies, and demo users for every role in every
 * area. All demo accounts share one password, made up at random on first start and announced once.
 */
@Component
class IdentityDemoData implements DemoDataContributor {

    /** Surnames that no one could mistake for a real person's. */
    private static final List<String> FICTIONAL_SURNAMES = List.of(
            "Testwell", "Sampleton", "Demoford", "Placeholder", "Mockridge", "Fictionby", "Exampleton", "Trialbury");

    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    IdentityDemoData(PasswordEncoder passwordEncoder, Clock clock) {
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void contribute(DemoData demo) {
        DemoPartnership partnership = DemoPartnership.create(demo);
        String password = DemoPassword.generate(new SecureRandom());
        // One hash for every demo account: bcrypt at cost 12 takes a quarter of a second per hash.
        String hash = passwordEncoder.encode(password);
        List<Object[]> users = new ArrayList<>();
        Map<Long, List<String>> rolesByUser = new LinkedHashMap<>();
        Map<Long, List<Long>> areasByUser = new LinkedHashMap<>();
        long nextId = demo.jdbc()
                .sql("SELECT coalesce(max(id), 0) + 1 FROM user_account")
                .query(Long.class)
                .single();
        for (DemoRole role : DemoRole.values()) {
            for (DemoPartnership.Area area : role.perArea() ? partnership.areas() : List.of(partnership.first())) {
                for (int n = 1; n <= demo.scale(); n++) {
                    long id = nextId++;
                    long agency = partnership.agencyFor(role.agencyKind(), area);
                    users.add(new Object[] {
                        id,
                        role.email(area.code(), n),
                        name(demo),
                        agency,
                        partnership.teamOf(agency),
                        hash,
                        Timestamp.from(clock.instant())
                    });
                    rolesByUser.put(id, List.of(role.name()));
                    areasByUser.put(id, role.perArea() ? List.of(area.id()) : partnership.areaIds());
                }
            }
        }
        insertUsers(demo, users, rolesByUser, areasByUser);
        announce(demo, partnership, password);
    }

    private static String name(DemoData demo) {
        String surname = FICTIONAL_SURNAMES.get(demo.random().nextInt(FICTIONAL_SURNAMES.size()));
        return demo.faker().name().firstName() + " " + surname;
    }

    private static void insertUsers(
            DemoData demo, List<Object[]> users, Map<Long, List<String>> roles, Map<Long, List<Long>> areas) {
        demo.batch(
                "INSERT INTO user_account (id, email, display_name, agency_id, team_id, password_hash, created_at)"
                        + " OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?)",
                users);
        demo.jdbc()
                .sql("SELECT setval(pg_get_serial_sequence('user_account', 'id'), (SELECT max(id) FROM user_account))")
                .query()
                .singleValue();
        List<Object[]> roleRows = new ArrayList<>();
        roles.forEach((user, codes) -> codes.forEach(code -> roleRows.add(new Object[] {user, code})));
        demo.batch("INSERT INTO user_role (user_id, role_code) VALUES (?, ?)", roleRows);
        List<Object[]> areaRows = new ArrayList<>();
        areas.forEach((user, ids) -> ids.forEach(area -> areaRows.add(new Object[] {user, area})));
        demo.batch("INSERT INTO user_area (user_id, area_id) VALUES (?, ?)", areaRows);
        // Everyone in a team reports to its team manager, who approves their decisions.
        demo.jdbc().sql("""
                        UPDATE user_account u SET manager_id = m.id
                          FROM user_account m JOIN user_role mr ON mr.user_id = m.id AND mr.role_code = 'TEAM_MANAGER'
                         WHERE u.team_id = m.team_id AND u.id <> m.id AND u.manager_id IS NULL
                        """).update();
    }

    private static void announce(DemoData demo, DemoPartnership partnership, String password) {
        String area = partnership.first().code();
        demo.announce("Password for every demo account: " + password);
        demo.announce("Demo accounts (one per role in each area: " + String.join(", ", partnership.areaCodes())
                + "; swap the area in the address):");
        for (DemoRole role : DemoRole.values()) {
            demo.announce(String.format("  %-34s %s", role.label(), role.email(area, 1)));
        }
    }
}
