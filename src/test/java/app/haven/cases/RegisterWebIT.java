package app.haven.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The register page: record scope applied in the query, the area and pan-partnership views, filters and order. */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void eachUserSeesOnlyTheCasesTheirScopeReachesAndFiltersNarrowThem() throws Exception {
        TestAccounts.Account north = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account northWorker = accounts.colleague(north, "PRACTITIONER");
        TestAccounts.Account south = accounts.create("CSE_COORDINATOR");
        long high = fixtures.child(northWorker, "Hyacinth");
        fixtures.screened(high, northWorker, "HIGH", "High", 3);
        long highCase = fixtures.open(north, high, northWorker, "");
        long medium = fixtures.child(northWorker, "Marigold");
        fixtures.screened(medium, northWorker, "MEDIUM", "Medium", 2);
        long mediumCase = fixtures.open(north, medium, northWorker, "");
        long elsewhere = fixtures.child(south, "Saffronia");
        fixtures.screened(elsewhere, south, "HIGH", "High", 3);
        fixtures.open(south, elsewhere, south, "");
        jdbc.sql("UPDATE child_case SET next_review_on = current_date - 3 WHERE id = :id")
                .param("id", mediumCase)
                .update();

        assertThat(children(register(north, ""))).containsExactly("Marigold Quillfeather", "Hyacinth Quillfeather");
        assertThat(children(register(south, ""))).containsExactly("Saffronia Quillfeather");
        assertThat(children(register(north, "?band=3"))).containsExactly("Hyacinth Quillfeather");
        assertThat(children(register(north, "?flag=review-overdue"))).containsExactly("Marigold Quillfeather");
        assertThat(children(register(north, "?sort=band")))
                .containsExactly("Hyacinth Quillfeather", "Marigold Quillfeather");
        assertThat(children(register(north, "?model=FAMILIAL"))).isEmpty();
        assertThat(children(register(north, "?model=ONLINE"))).hasSize(2);
        assertThat(children(register(north, "?area=" + fixtures.areaOf(south))))
                .as("an area outside the user's own is ignored, not shown")
                .containsExactly("Marigold Quillfeather", "Hyacinth Quillfeather");

        assertThat(children(register(north, "?lead=" + northWorker.id()))).hasSize(2);
        assertThat(children(register(north, "?lead=me"))).isEmpty();
        assertThat(register(north, "").select("select#lead option").eachText()).contains(northWorker.displayName());

        TestAccounts.Account stranger = accounts.colleague(north, "PRACTITIONER");
        assertThat(children(register(stranger, "")))
                .as("a practitioner sees only the children they work with")
                .isEmpty();
        assertThat(children(register(northWorker, ""))).hasSize(2);

        TestAccounts.Account investigator = accounts.colleague(north, "POLICE_INVESTIGATOR");
        jdbc.sql("INSERT INTO user_area (user_id, area_id) VALUES (:user, :area)")
                .param("user", investigator.id())
                .param("area", fixtures.areaOf(south))
                .update();
        Document pan = register(investigator, "");
        assertThat(pan.select("select#area option").first().text()).isEqualTo("All areas");
        assertThat(children(pan))
                .containsExactlyInAnyOrder("Marigold Quillfeather", "Hyacinth Quillfeather", "Saffronia Quillfeather");
        assertThat(children(register(investigator, "?area=" + fixtures.areaOf(south))))
                .containsExactly("Saffronia Quillfeather");
        assertThat(pan.text()).doesNotContain("case " + highCase);
    }

    @Test
    void theLeadOrderFollowsALeadsRenameAndAChangeOfLead() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account first = accounts.colleague(coordinator, "PRACTITIONER");
        TestAccounts.Account second = accounts.colleague(coordinator, "PRACTITIONER");
        rename(first, "Aaron Alderbrook");
        rename(second, "Zena Zephyrwood");
        long ash = fixtures.child(first, "Ashling");
        long birch = fixtures.child(second, "Birchella");
        fixtures.screened(ash, first, "MEDIUM", "Medium", 2);
        fixtures.screened(birch, second, "MEDIUM", "Medium", 2);
        fixtures.open(coordinator, ash, first, "");
        long birchCase = fixtures.open(coordinator, birch, second, "");

        assertThat(children(register(coordinator, "?sort=lead")))
                .containsExactly("Ashling Quillfeather", "Birchella Quillfeather");

        rename(second, "Aaliyah Abbotsford");
        Document renamed = register(coordinator, "?sort=lead");
        assertThat(children(renamed)).containsExactly("Birchella Quillfeather", "Ashling Quillfeather");
        assertThat(renamed.select("#register-table tbody tr").first().text()).contains("Aaliyah Abbotsford");

        jdbc.sql("UPDATE child_case SET lead_user_id = :lead WHERE id = :id")
                .param("lead", first.id())
                .param("id", birchCase)
                .update();
        rename(first, "Zachary Zeal");
        assertThat(register(coordinator, "?sort=lead")
                        .select("#register-table tbody tr")
                        .eachText())
                .allSatisfy(row -> assertThat(row).contains("Zachary Zeal"));
    }

    @Test
    void theAgeOrderAgeGroupsAndTransitionFlagFollowAChildsCorrectedRecord() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        LocalDate today = LocalDate.now(clock);
        long older = fixtures.child(coordinator, "Oriel", today.minusYears(17).minusMonths(7), false);
        long younger = fixtures.child(coordinator, "Yarrowby", today.minusYears(12), false);
        fixtures.screened(older, coordinator, "MEDIUM", "Medium", 2);
        fixtures.screened(younger, coordinator, "MEDIUM", "Medium", 2);
        fixtures.open(coordinator, older, coordinator, "");
        fixtures.open(coordinator, younger, coordinator, "");

        assertThat(children(register(coordinator, "?sort=age")))
                .containsExactly("Yarrowby Quillfeather", "Oriel Quillfeather");
        assertThat(children(register(coordinator, "?age=16to17"))).containsExactly("Oriel Quillfeather");
        assertThat(children(register(coordinator, "?flag=transition")))
                .as("no additional needs recorded yet")
                .isEmpty();

        // The record is corrected: the younger child was born earlier than first recorded (now the elder of the
        // two), and the other's learning disability is now recorded.
        jdbc.sql("UPDATE person SET date_of_birth = :born WHERE id = :id")
                .param("born", java.sql.Date.valueOf(today.minusYears(17).minusMonths(11)))
                .param("id", younger)
                .update();
        jdbc.sql("UPDATE person SET learning_disability = true WHERE id = :id")
                .param("id", older)
                .update();

        assertThat(children(register(coordinator, "?sort=age")))
                .containsExactly("Oriel Quillfeather", "Yarrowby Quillfeather");
        assertThat(children(register(coordinator, "?age=16to17")))
                .containsExactlyInAnyOrder("Oriel Quillfeather", "Yarrowby Quillfeather");
        assertThat(children(register(coordinator, "?age=under13"))).isEmpty();
        Document transition = register(coordinator, "?flag=transition");
        assertThat(children(transition)).containsExactly("Oriel Quillfeather");
        assertThat(transition.select("#register-table tbody tr").first().text()).contains("Transition");
    }

    private void rename(TestAccounts.Account account, String name) {
        jdbc.sql("UPDATE user_account SET display_name = :name WHERE id = :id")
                .param("name", name)
                .param("id", account.id())
                .update();
    }

    @Test
    void theRegisterIsRefusedToRolesThatCannotOpenChildren() throws Exception {
        TestAccounts.Account analyst = accounts.create("PARTNERSHIP_ANALYST");
        assertThat(mvc.perform(get("/register").with(user(accounts.principal(analyst))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/register")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
    }

    @Test
    void aCaseOpensOnlyToThoseWhoMayOpenTheChild() throws Exception {
        TestAccounts.Account lead = accounts.create("PRACTITIONER");
        long child = fixtures.child(lead, "Violetta");
        fixtures.screened(child, lead, "HIGH", "High", 3);
        long caseId = fixtures.open(lead, child, lead, "");
        TestAccounts.Account stranger = accounts.colleague(lead, "PRACTITIONER");
        TestAccounts.Account analyst = accounts.colleague(lead, "PARTNERSHIP_ANALYST");
        for (String page : List.of("/cases/" + caseId, "/cases/" + caseId + "/plan")) {
            assertThat(status(page, lead)).as(page).isEqualTo(200);
            assertThat(status(page, stranger)).as(page).isEqualTo(403);
            assertThat(status(page, analyst)).as(page).isEqualTo(403);
            assertThat(mvc.perform(get(page)).andReturn().getResponse().getStatus())
                    .as(page)
                    .isEqualTo(302);
        }
        assertThat(status("/children/" + child + "/case", lead))
                .as("the child's place on the register is their open case")
                .isEqualTo(302);
        assertThat(status("/children/" + child + "/case", stranger)).isEqualTo(403);
        assertThat(status("/cases/" + caseId + "/reviews/new", stranger)).isEqualTo(403);
        assertThat(status("/cases/999999999", lead)).isEqualTo(404);
    }

    @Test
    void onlyPeopleWhoWorkWithChildrenAreOfferedToLeadOrJoinACase() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account worker = accounts.colleague(coordinator, "PRACTITIONER");
        TestAccounts.Account admin = accounts.colleague(coordinator, "SYSTEM_ADMINISTRATOR");
        long child = fixtures.child(coordinator, "Leontyne");
        Document opening =
                Jsoup.parse(mvc.perform(get("/children/" + child + "/case").with(user(accounts.principal(coordinator))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        List<String> leads = opening.select("select[name=lead] option").stream()
                .map(o -> o.attr("value"))
                .toList();
        assertThat(leads).contains(String.valueOf(worker.id())).doesNotContain(String.valueOf(admin.id()));

        long caseId = fixtures.open(coordinator, child, coordinator, "Concerns shared by school");
        Document details = Jsoup.parse(
                mvc.perform(get("/cases/" + caseId + "/details").with(user(accounts.principal(coordinator))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(details.select("option").stream().map(o -> o.attr("value")))
                .as("the system administrator is offered nowhere on the case")
                .isNotEmpty()
                .noneMatch(v -> v.equals(String.valueOf(admin.id())) || v.equals("user:" + admin.id()));
    }

    @Test
    void twoChildrenWithOpenCasesAreNotMergedUntilOneCaseIsClosed() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long kept = fixtures.child(coordinator, "Rosamund");
        long duplicate = fixtures.child(coordinator, "Rosamunde");
        fixtures.open(coordinator, kept, coordinator, "Concerns from school");
        long other = fixtures.open(coordinator, duplicate, coordinator, "Concerns from police");

        String refused = mvc.perform(post("/children/" + kept + "/merge")
                        .param("otherNumber", String.valueOf(duplicate))
                        .param("reason", "Same girl: same school and address")
                        .with(user(accounts.principal(coordinator)))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(refused).select(".govuk-error-summary").text())
                .contains("Both records have an open case on the register")
                .contains("close one of them");
        assertThat(mergedInto(duplicate)).as("nothing merged").isNull();

        jdbc.sql("UPDATE child_case SET status = 'CLOSED', closed_on = current_date WHERE id = :id")
                .param("id", other)
                .update();
        mvc.perform(post("/children/" + kept + "/merge")
                        .param("otherNumber", String.valueOf(duplicate))
                        .param("reason", "Same girl: same school and address")
                        .with(user(accounts.principal(coordinator)))
                        .with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
        assertThat(mergedInto(duplicate)).isEqualTo(kept);
    }

    private Long mergedInto(long person) {
        long kept = jdbc.sql("SELECT coalesce(merged_into, 0) FROM person WHERE id = :id")
                .param("id", person)
                .query(Long.class)
                .single();
        return kept == 0 ? null : kept;
    }

    private int status(String page, TestAccounts.Account account) throws Exception {
        return mvc.perform(get(page).with(user(accounts.principal(account))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private Document register(TestAccounts.Account account, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/register" + query).with(user(accounts.principal(account))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static List<String> children(Document page) {
        return page.select("#register-table tbody th a").stream()
                .map(Element::text)
                .toList();
    }
}
