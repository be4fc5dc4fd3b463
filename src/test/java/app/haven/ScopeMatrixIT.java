package app.haven;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Record scope, proven over the whole route inventory rather than page by page. The routes come from Spring MVC's
 * handler mappings and their path variables are filled from a demo child's data, so a page added tomorrow is tested
 * without editing this class, and a route with a variable the fixture cannot fill fails the test. For every such
 * route, GET and POST, a demo user of every role, agency and team whose areas are all elsewhere (see
 * {@link RecordFixture#outsiders()}), a team manager whose team spans areas, a police investigator in the force-wide team, and a practitioner whose break-glass has expired gets a
 * refusal (403), sees nothing of the child, and changes nothing. Pages without variables (lists, searches, the
 * inbox) must not show the child to them either. That the fixture's ids are real (the area's coordinator reaches every
 * such page) is proven by {@link AuditInventoryIT}, which asks every page as that coordinator anyway.
 */
class ScopeMatrixIT extends RecordRoutes {

    /**
     * Routes where an outsider legitimately gets something other than 403, and why. Nothing else is exempt.
     */
    static final Map<String, String> NOT_REFUSED = Map.of(
            "GET /children/{childId}/break-glass",
            "break-glass is how an outsider asks for access: it shows who knows the child (BreakGlassWebIT)",
            "POST /children/{childId}/break-glass",
            "a reason-less post is shown the form again; with a reason it is the audited, reviewed way in",
            "POST /tasks/{id}/done",
            "a task not in the user's inbox is answered on their own home page and nothing changes",
            "POST /tasks/{id}/reassign",
            "a task not in the user's inbox is answered on their own home page and nothing changes");

    @Test
    void everyRouteWithARecordInItRefusesEveryoneOutsideTheRecordsScopeAndChangesNothing() throws Exception {
        List<UserDetails> outsiders = fixture.outsiders();
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (RouteInventory.Route route : routes()) {
            if (!route.hasVariables()) {
                continue;
            }
            Optional<String> path = fixture.fill(route);
            softly.assertThat(path)
                    .as("%s has a path variable this test cannot fill: teach RecordFixture what it is", route)
                    .isPresent();
            if (path.isEmpty()) {
                continue;
            }
            TableState before = TableState.of(jdbc);
            long lastAudit = lastAudit();
            for (UserDetails outsider : outsiders) {
                MockHttpServletResponse response = perform(route, path.get(), outsider, true);
                String who = outsider.getUsername() + " " + outsider.getAuthorities();
                if (!NOT_REFUSED.containsKey(route.toString())) {
                    softly.assertThat(response.getStatus())
                            .as("%s %s as %s", route.method(), path.get(), who)
                            .isEqualTo(403);
                }
                softly.assertThat(response.getContentAsString())
                        .as("%s as %s shows nothing of the child", route, who)
                        .doesNotContain(fixture.uniqueName);
                checked++;
            }
            softly.assertThat(TableState.of(jdbc).changedSince(before))
                    .as("tables changed by outsiders on %s", route)
                    .isEmpty();
            softly.assertThat(auditedSince(lastAudit))
                    .as("audit entries other than refusals after outsiders tried %s", route)
                    .allMatch("refused"::equals);
        }
        softly.assertThat(checked).as("requests made").isGreaterThan(1000);
        softly.assertAll();
    }

    @Test
    void pagesThatListChildrenShowOutsidersNothingOfTheChild() throws Exception {
        List<UserDetails> outsiders = fixture.outsiders();
        SoftAssertions softly = new SoftAssertions();
        for (RouteInventory.Route route : routes()) {
            if (route.hasVariables() || route.method() != RequestMethod.GET) {
                continue;
            }
            for (UserDetails outsider : outsiders) {
                MockHttpServletResponse response = perform(route, route.pattern(), outsider, true);
                softly.assertThat(response.getContentAsString())
                        .as("%s as %s %s", route, outsider.getUsername(), outsider.getAuthorities())
                        .doesNotContain(fixture.uniqueName)
                        .doesNotContain("/children/" + fixture.child + "\"");
            }
        }
        softly.assertAll();
    }
}
