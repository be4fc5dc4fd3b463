package app.haven;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * "Every page that shows or changes a child's data audits exactly once", proven over the whole route inventory (read
 * from Spring MVC's handler mappings, so a new page is covered without editing this class). As the child's area
 * coordinator, each route is asked for: a page that shows the child's or the related adult's name writes exactly one
 * entry; a post that changes anything writes exactly one; a refusal writes exactly one "refused" entry; anything else
 * writes at most one; and every page with a record in its path opens for the coordinator (no 403, 404 or 500: the
 * fixture's ids are real, which {@link ScopeMatrixIT}'s refusals rely on). Every post is also forged (sent without its
 * form token): refused, audited once, nothing changed.
 */
class AuditInventoryIT extends RecordRoutes {

    @Test
    void everyRouteThatShowsOrChangesARecordAuditsExactlyOnce() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        List<RouteInventory.Route> routes = routes();
        // Reads first: the posts below may change what the pages show.
        for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
            for (RouteInventory.Route route : routes) {
                Optional<String> path = fixture.fill(route);
                if (route.method() == method && path.isPresent()) {
                    check(softly, route, path.get(), true);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyForgedPostIsRefusedAndAuditedAsRefused() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (RouteInventory.Route route : routes()) {
            Optional<String> path = fixture.fill(route);
            if (route.method() == RequestMethod.POST && path.isPresent()) {
                TableState before = TableState.of(jdbc);
                long last = lastAudit();
                MockHttpServletResponse response = perform(route, path.get(), fixture.coordinator, false);
                softly.assertThat(response.getStatus())
                        .as("forged %s", path.get())
                        .isEqualTo(403);
                softly.assertThat(auditedSince(last))
                        .as("forged %s", path.get())
                        .containsExactly("refused");
                softly.assertThat(TableState.of(jdbc).changedSince(before))
                        .as("forged %s", path.get())
                        .isEmpty();
            }
        }
        softly.assertAll();
    }

    @Test
    void aSearchIsAuditedWithTheIdsShownNotTheTextTyped() throws Exception {
        long last = lastAudit();
        var posted = mvc.perform(MockMvcRequestBuilders.post("/people/search")
                        .with(csrf())
                        .with(user(fixture.coordinator))
                        .param("q", "FIX-" + fixture.child))
                .andReturn();
        String page = mvc.perform(
                        MockMvcRequestBuilders.get(posted.getResponse().getRedirectedUrl())
                                .cookie(posted.getResponse().getCookie("SESSION"))
                                .with(user(fixture.coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(page).contains(fixture.uniqueName);
        List<String> reasons = jdbc.sql("SELECT coalesce(reason, '') FROM audit_event WHERE id > :id")
                .param("id", last)
                .query(String.class)
                .list();
        softly.assertThat(reasons).hasSize(1);
        softly.assertThat(reasons).allSatisfy(reason -> {
            softly.assertThat(reason).doesNotContain("FIX-");
            softly.assertThat(reason).contains(String.valueOf(fixture.child));
        });
        softly.assertAll();
    }

    private void check(SoftAssertions softly, RouteInventory.Route route, String path, boolean withToken)
            throws Exception {
        TableState before = route.method() == RequestMethod.POST ? TableState.of(jdbc) : null;
        long last = lastAudit();
        MockHttpServletResponse response = perform(route, path, fixture.coordinator, withToken);
        List<String> audited = auditedSince(last);
        String as = route + " at " + path;
        int status = response.getStatus();
        String body = response.getContentAsString();
        boolean changed =
                before != null && !TableState.of(jdbc).changedSince(before).isEmpty();
        if (route.method() == RequestMethod.GET && route.hasVariables()) {
            // The fixture's ids must be real, or ScopeMatrixIT's refusals would prove nothing.
            softly.assertThat(status)
                    .as("the area's coordinator on %s: the fixture's ids must be real", path)
                    .isNotIn(403, 404, 500);
        }
        if (status == 403) {
            softly.assertThat(audited).as("refused " + as).containsExactly("refused");
        } else if (changed) {
            softly.assertThat(audited).as("changed " + as).hasSize(1).doesNotContain("refused");
        } else if (status == 200 && (body.contains(fixture.uniqueName) || body.contains(fixture.adultName))) {
            softly.assertThat(audited).as("shown " + as).hasSize(1).doesNotContain("refused");
        } else {
            softly.assertThat(audited).as("%s answered %d", as, status).hasSizeLessThanOrEqualTo(1);
        }
    }
}
