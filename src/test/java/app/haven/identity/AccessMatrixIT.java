package app.haven.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * For each seeded role, which pages open and which are refused with 403. The expected column lists the
 * roles that may open each page; everything else must be refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixIT {

    private static final Set<String> EVERYONE = Set.of(
            "PRACTITIONER",
            "SAFEGUARDING_LEAD",
            "TEAM_MANAGER",
            "CSE_COORDINATOR",
            "POLICE_INVESTIGATOR",
            "INTELLIGENCE_ANALYST",
            "CASE_WORKER",
            "PARTNERSHIP_ANALYST",
            "SYSTEM_ADMINISTRATOR");
    private static final Set<String> REVIEWERS = Set.of("TEAM_MANAGER", "CSE_COORDINATOR", "SYSTEM_ADMINISTRATOR");
    private static final Set<String> BREAK_GLASS = Set.of(
            "PRACTITIONER",
            "SAFEGUARDING_LEAD",
            "TEAM_MANAGER",
            "CSE_COORDINATOR",
            "POLICE_INVESTIGATOR",
            "CASE_WORKER");
    private static final Set<String> ADMINISTRATORS = Set.of("SYSTEM_ADMINISTRATOR");

    /** Page → roles that may open it. Child id 1 is known to nobody, so break-glass shows its form. */
    static final Map<String, Set<String>> PAGES = pages();

    private static Map<String, Set<String>> pages() {
        Map<String, Set<String>> pages = new LinkedHashMap<>();
        pages.put("/", EVERYONE);
        pages.put("/break-glass-reviews", REVIEWERS);
        pages.put("/account", EVERYONE);
        pages.put("/account/password", EVERYONE);
        pages.put("/children/1/break-glass", BREAK_GLASS);
        pages.put("/admin/audit", ADMINISTRATORS);
        pages.put("/admin/audit/verify", ADMINISTRATORS);
        Set<String> viewChild = Set.of(
                "PRACTITIONER",
                "SAFEGUARDING_LEAD",
                "TEAM_MANAGER",
                "CSE_COORDINATOR",
                "POLICE_INVESTIGATOR",
                "INTELLIGENCE_ANALYST",
                "CASE_WORKER");
        pages.put("/people/search", viewChild);
        pages.put("/screening-approvals", Set.of("TEAM_MANAGER", "CSE_COORDINATOR"));
        pages.put("/register", viewChild);
        pages.put("/case-approvals", Set.of("TEAM_MANAGER", "CSE_COORDINATOR"));
        pages.put("/admin/register-settings", ADMINISTRATORS);
        pages.put("/admin/meeting-settings", ADMINISTRATORS);
        pages.put("/team-work", Set.of("TEAM_MANAGER", "CSE_COORDINATOR"));
        pages.put(
                "/people/new",
                Set.of(
                        "PRACTITIONER",
                        "SAFEGUARDING_LEAD",
                        "TEAM_MANAGER",
                        "CSE_COORDINATOR",
                        "POLICE_INVESTIGATOR",
                        "CASE_WORKER"));
        // {own}: a child the holder works with, so the record's scope lets them in and only the role decides.
        pages.put("/children/{own}/access", Set.of("TEAM_MANAGER", "CSE_COORDINATOR", "SYSTEM_ADMINISTRATOR"));
        // Missing: the coordinator's view and the SSDA903 return; a child's episodes need the child in scope.
        pages.put("/missing", Set.of("TEAM_MANAGER", "CSE_COORDINATOR"));
        pages.put("/missing/ssda903", Set.of("TEAM_MANAGER", "CSE_COORDINATOR"));
        // Meetings: the groups and the action tracker to everyone who works with children; setting up a group to
        // coordinators (MANAGE_MEETINGS).
        pages.put("/meetings", viewChild);
        pages.put("/meeting-actions", viewChild);
        pages.put("/meeting-groups/new", Set.of("CSE_COORDINATOR"));
        // Intelligence is police and analysts; coordinators see their area's network (they receive its alerts).
        Set<String> intelligence = Set.of("POLICE_INVESTIGATOR", "INTELLIGENCE_ANALYST", "CSE_COORDINATOR");
        Set<String> recorders = Set.of("POLICE_INVESTIGATOR", "INTELLIGENCE_ANALYST");
        pages.put("/intelligence", intelligence);
        pages.put("/intelligence/hot-spots", intelligence);
        pages.put("/intelligence/proposals", intelligence);
        pages.put("/intelligence/entities/new", recorders);
        pages.put("/intelligence/reports/new", recorders);
        for (String admin : List.of(
                "/admin", "/admin/users", "/admin/users/new", "/admin/areas", "/admin/agencies", "/admin/teams")) {
            pages.put(admin, ADMINISTRATORS);
        }
        return pages;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    HavenUserDetailsService users;

    @Autowired
    ChildInvolvements involvements;

    @Test
    void eachRoleOpensExactlyThePagesItShould() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String role : EVERYONE.stream().sorted().toList()) {
            HavenUser holder =
                    (HavenUser) users.loadUserByUsername(accounts.create(role).email());
            long own = 700_000_000L + holder.userId();
            involvements.start(
                    own,
                    holder.access().areaIds().iterator().next(),
                    holder.agencyId(),
                    Optional.empty(),
                    Optional.of(holder.userId()));
            for (var page : PAGES.entrySet()) {
                String path = page.getKey().replace("{own}", String.valueOf(own));
                int status = mvc.perform(get(path).with(user(holder)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                int expected = page.getValue().contains(role) ? 200 : 403;
                softly.assertThat(status)
                        .as("%s opening %s", role, page.getKey())
                        .isEqualTo(expected);
            }
        }
        softly.assertAll();
    }
}
