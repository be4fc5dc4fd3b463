package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The record-scope matrix: for each kind of user, which children's records the database lets them open,
 * through {@link ChildAccess#canOpen} and through the SQL condition other modules embed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RecordApplicationEvents
class ChildAccessIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildAccess access;

    @Autowired
    ChildInvolvements involvements;

    @Autowired
    BreakGlass breakGlass;

    @Autowired
    HavenUserDetailsService users;

    @Autowired
    ApplicationEvents events;

    private long areaA;
    private long areaB;
    private long council;
    private long school;
    private long team;
    private long otherTeam;
    private long childInA;
    private long childInB;
    private long childOfTeam;
    private HavenUser worker;

    @BeforeEach
    void partnership() {
        int n = SEQUENCE.incrementAndGet();
        areaA = insert("INSERT INTO area (code, name) VALUES ('scope-a-" + n + "', 'Scope A " + n + "') RETURNING id");
        areaB = insert("INSERT INTO area (code, name) VALUES ('scope-b-" + n + "', 'Scope B " + n + "') RETURNING id");
        council = insert("INSERT INTO agency (name, kind) VALUES ('Scope Council " + n
                + "', 'CHILDRENS_SOCIAL_CARE') RETURNING id");
        school = insert("INSERT INTO agency (name, kind) VALUES ('Scope School " + n + "', 'EDUCATION') RETURNING id");
        team = insert("INSERT INTO team (agency_id, name) VALUES (" + council + ", 'Team " + n + "') RETURNING id");
        otherTeam =
                insert("INSERT INTO team (agency_id, name) VALUES (" + council + ", 'Other " + n + "') RETURNING id");
        worker = user("worker", "PRACTITIONER", council, team, areaA);
        childInA = 1_000_000L * n + 1;
        childInB = 1_000_000L * n + 2;
        childOfTeam = 1_000_000L * n + 3;
        involvements.start(childInA, areaA, council, Optional.of(team), Optional.of(worker.userId()));
        involvements.start(childInB, areaB, council, Optional.of(otherTeam), Optional.empty());
        involvements.start(childOfTeam, areaA, council, Optional.of(team), Optional.empty());
        involvements.start(childInA, areaA, school, Optional.empty(), Optional.empty());
    }

    @Test
    void aPractitionerOpensOnlyTheChildrenTheyWorkWith() {
        assertThat(visible(worker)).containsExactly(childInA);
        HavenUser teammate = user("teammate", "PRACTITIONER", council, team, areaA);
        assertThat(visible(teammate)).isEmpty();
    }

    @Test
    void aTeamManagerOpensTheirTeamsChildren() {
        HavenUser manager = user("manager", "TEAM_MANAGER", council, team, areaA);
        assertThat(visible(manager)).containsExactlyInAnyOrder(childInA, childOfTeam);
    }

    @Test
    void aTeamThatSpansAreasReachesOnlyTheChildrenInTheUsersOwnAreas() {
        long childOfTeamInB = childOfTeam + 10;
        involvements.start(childOfTeamInB, areaB, council, Optional.of(team), Optional.empty());
        HavenUser manager = user("manager", "TEAM_MANAGER", council, team, areaA);
        HavenUser investigator = user("investigator", "POLICE_INVESTIGATOR", council, team, areaA);

        assertThat(access.canOpen(manager, childOfTeamInB))
                .as("a team manager in area A, whose team also works in area B")
                .isFalse();
        assertThat(access.canOpen(investigator, childOfTeamInB))
                .as("a force-wide team gives an area-scoped investigator nothing outside their area")
                .isFalse();
        assertThat(access.canOpen(manager, childOfTeam)).isTrue();
        assertThat(access.canOpen(investigator, childOfTeam)).isTrue();
    }

    @Test
    void aSafeguardingLeadOpensTheirAgencysChildrenInTheirAreasOnly() {
        HavenUser lead = user("lead", "SAFEGUARDING_LEAD", school, null, areaA);
        assertThat(visible(lead)).containsExactly(childInA);
        HavenUser leadElsewhere = user("lead-b", "SAFEGUARDING_LEAD", school, null, areaB);
        assertThat(visible(leadElsewhere)).isEmpty();
    }

    @Test
    void aCoordinatorOpensEveryChildInTheirAreaButNotAcrossTheBorder() {
        HavenUser coordinator = user("coordinator", "CSE_COORDINATOR", council, null, areaA);
        assertThat(visible(coordinator)).containsExactlyInAnyOrder(childInA, childOfTeam);
        assertThat(access.canOpen(coordinator, childInB)).isFalse();
    }

    @Test
    void aPartnershipAnalystOpensNoChildAtAllAndCannotBreakTheGlass() {
        HavenUser analyst = user("analyst", "PARTNERSHIP_ANALYST", council, null, areaA);
        assertThat(visible(analyst)).isEmpty();
        assertThatThrownBy(() -> breakGlass.open(analyst, childInA, "I need to see this child urgently"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(access.canOpen(analyst, childInA)).isFalse();
    }

    @Test
    void breakGlassOpensOneChildForAWhileWithAReasonAndTellsTheAuditLog() {
        assertThat(access.canOpen(worker, childInB)).isFalse();
        assertThat(breakGlass.open(worker, childInB, "too short")).isEmpty();
        assertThat(access.canOpen(worker, childInB)).isFalse();

        var grant = breakGlass.open(worker, childInB, "Child presented at A&E out of hours; on-call check");
        assertThat(grant).isPresent();
        assertThat(access.canOpen(worker, childInB)).isTrue();
        assertThat(visible(worker)).containsExactlyInAnyOrder(childInA, childInB);
        assertThat(events.stream(BreakGlassAccessGranted.class)).singleElement().satisfies(event -> {
            assertThat(event.childId()).isEqualTo(childInB);
            assertThat(event.userId()).isEqualTo(worker.userId());
            assertThat(event.reason()).startsWith("Child presented");
        });

        jdbc.sql("UPDATE break_glass_grant SET granted_at = :past, expires_at = :expired WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(7200)))
                .param("expired", Timestamp.from(Instant.now().minusSeconds(60)))
                .param("id", grant.get().id())
                .update();
        assertThat(access.canOpen(worker, childInB))
                .as("an expired grant opens nothing")
                .isFalse();
    }

    @Test
    void anEndedInvolvementNoLongerOpensTheRecord() {
        HavenUser other = user("other", "PRACTITIONER", council, team, areaA);
        long involvement =
                involvements.start(childOfTeam, areaA, council, Optional.empty(), Optional.of(other.userId()));
        assertThat(access.canOpen(other, childOfTeam)).isTrue();
        involvements.end(involvement);
        assertThat(access.canOpen(other, childOfTeam)).isFalse();
    }

    @Test
    void someoneOutsideScopeLearnsOnlyWhoKnowsTheChild() {
        assertThat(access.knownTo(childInA))
                .extracting(ChildAccess.KnownTo::agency)
                .containsExactlyInAnyOrder(
                        jdbc.sql("SELECT name FROM agency WHERE id = " + council)
                                .query(String.class)
                                .single(),
                        jdbc.sql("SELECT name FROM agency WHERE id = " + school)
                                .query(String.class)
                                .single());
    }

    /** The ids among this test's children that the user's SQL condition lets through. */
    private List<Long> visible(HavenUser user) {
        SqlCondition condition = access.visibleChildren(user, "c.id");
        return jdbc.sql("SELECT c.id FROM unnest(CAST(:ids AS bigint[])) AS c(id) WHERE " + condition.sql()
                        + " ORDER BY c.id")
                .params(condition.parameters())
                .param("ids", new Long[] {childInA, childInB, childOfTeam})
                .query(Long.class)
                .list();
    }

    private HavenUser user(String name, String role, long agency, Long teamId, long area) {
        String email = name + "." + SEQUENCE.incrementAndGet() + "@scope.haven.invalid";
        long id = jdbc.sql("""
                        INSERT INTO user_account (email, display_name, agency_id, team_id, password_hash, created_at)
                        VALUES (:email, :name, :agency, :team, 'not-used', now()) RETURNING id
                        """)
                .param("email", email)
                .param("name", name)
                .param("agency", agency)
                .param("team", teamId)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO user_role VALUES (:id, :role)")
                .param("id", id)
                .param("role", role)
                .update();
        jdbc.sql("INSERT INTO user_area VALUES (:id, :area)")
                .param("id", id)
                .param("area", area)
                .update();
        return (HavenUser) users.loadUserByUsername(email);
    }

    private long insert(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
