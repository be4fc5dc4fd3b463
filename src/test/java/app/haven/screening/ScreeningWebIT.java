package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.ChildInvolvements;
import app.haven.identity.TestAccounts;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class ScreeningWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ChildInvolvements involvements;

    @Autowired
    ScreeningTools tools;

    @Autowired
    JdbcClient jdbc;

    private UserDetails practitioner;
    private long child;

    @BeforeEach
    void aTwelveYearOldKnownToAPractitioner() {
        TestAccounts.Account account = accounts.create("PRACTITIONER");
        practitioner = accounts.principal(account);
        child = jdbc.sql("""
                        INSERT INTO person (kind, date_of_birth, sex, created_at) VALUES ('CHILD', :dob, 'FEMALE', :now)
                        RETURNING id
                        """)
                .param("dob", Date.valueOf(LocalDate.now().minusYears(12).minusDays(30)))
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)
                        VALUES (:id, 'LEGAL', 'Isolde', 'Fernsby', :now)
                        """)
                .param("id", child)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        long area = jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id")
                .param("id", account.id())
                .query(Long.class)
                .single();
        long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", account.id())
                .query(Long.class)
                .single();
        involvements.start(child, area, agency, Optional.empty(), Optional.of(account.id()));
    }

    @Test
    void aDraftKeepsEveryAnswerAndSubmittingBandsWithTheAgeRule() throws Exception {
        long id = start();
        mvc.perform(answers(id, "save")
                        .param("answer.cars-unknown-adults", "PRESENT")
                        .param("note.cars-unknown-adults", "Seen twice"))
                .andExpect(redirectedUrl("/screenings/" + id));
        Document draft = page(get("/screenings/{id}", id));
        assertThat(draft.select("input[name=answer.cars-unknown-adults][value=PRESENT]")
                        .attr("checked"))
                .isNotNull();
        assertThat(draft.select("input[name=answer.cars-unknown-adults][checked]")
                        .val())
                .isEqualTo("PRESENT");
        assertThat(draft.select("input[name=note.cars-unknown-adults]").val()).isEqualTo("Seen twice");

        Document incomplete = page(answers(id, "submit").param("answer.cars-unknown-adults", "PRESENT"));
        assertThat(incomplete.select(".govuk-error-summary").text())
                .contains("Enter the date of the screening")
                .contains("Select whether the child took part")
                .contains("Select an answer for ‘Regularly home late or staying out’");
        assertThat(statusOf(id)).isEqualTo("DRAFT");

        MockHttpServletRequestBuilder complete = everythingAnswered(id)
                .param("answer.cars-unknown-adults", "PRESENT")
                .param("basis.cars-unknown-adults", "EVIDENCED");
        mvc.perform(complete).andExpect(redirectedUrl("/screenings/" + id + "/result"));
        Document result = page(get("/screenings/{id}/result", id));
        assertThat(result.select("#band").text()).contains("High");
        assertThat(result.select("#reasons").text()).contains("by the age rule");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM chronology_entry WHERE child_id = :id AND event_type = 'screening.completed'")
                        .param("id", child)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(result.select("#next-due").text())
                .contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy")
                        .format(LocalDate.now().plusWeeks(4)));
        var pdf = mvc.perform(get("/screenings/{id}/pdf", id).with(user(practitioner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'print' AND subject_type = 'screening'"
                                + " AND subject_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Document trajectory = page(get("/children/{id}/screenings", child));
        assertThat(trajectory.select("#trajectory tbody tr")).hasSize(1);
        assertThat(trajectory.select("svg title").text()).contains("High");
    }

    @Test
    void loweringTheBandWaitsForAnotherManagersApproval() throws Exception {
        long id = start();
        mvc.perform(everythingAnswered(id)
                        .param("answer.cars-unknown-adults", "PRESENT")
                        .param("basis.cars-unknown-adults", "JUDGEMENT"))
                .andExpect(redirectedUrl("/screenings/" + id + "/result"));
        Document noReason =
                page(post("/screenings/{id}/override", id).with(csrf()).param("band", "MEDIUM"));
        assertThat(noReason.select(".govuk-error-summary").text()).contains("Enter the reason");
        mvc.perform(post("/screenings/{id}/override", id)
                        .with(user(practitioner))
                        .with(csrf())
                        .param("band", "MEDIUM")
                        .param("reason", "The car was her uncle's, confirmed by school"))
                .andExpect(redirectedUrl("/screenings/" + id + "/result"));
        Document waiting = page(get("/screenings/{id}/result", id));
        assertThat(waiting.select("#overrides").text()).contains("Awaiting a manager's approval");
        assertThat(waiting.select("#standing")).isEmpty();

        TestAccounts.Account managerAccount = accounts.colleague(accounts.create("PRACTITIONER"), "TEAM_MANAGER");
        UserDetails outOfScope = accounts.principal(managerAccount);
        Document elsewhere = Jsoup.parse(mvc.perform(get("/screening-approvals").with(user(outOfScope)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(elsewhere.select("#none-pending")).hasSize(1);

        long overrideId = jdbc.sql("SELECT id FROM screening_override WHERE screening_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        mvc.perform(post("/screening-approvals/{o}", overrideId)
                        .with(user(practitioner))
                        .with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().isForbidden());
        jdbc.sql("UPDATE child_involvement SET area_id = (SELECT area_id FROM user_area WHERE user_id = :m)"
                        + " WHERE child_id = :child")
                .param("m", managerAccount.id())
                .param("child", child)
                .update();
        UserDetails manager = accounts.principal(accounts.colleague(managerAccount, "CSE_COORDINATOR"));
        Document approvals = Jsoup.parse(mvc.perform(get("/screening-approvals").with(user(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(approvals.select("#override-" + overrideId).text()).contains("from High to Medium");
        assertThat(Jsoup.parse(mvc.perform(get("/").with(user(manager)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#tasks")
                        .text())
                .contains("Approve or reject lowering Isolde Fernsby's screening band to Medium");
        mvc.perform(post("/screening-approvals/{o}", overrideId)
                        .with(user(manager))
                        .with(csrf())
                        .param("decision", "approve"))
                .andExpect(redirectedUrl("/screening-approvals"));
        jdbc.sql("UPDATE child_involvement SET area_id = (SELECT area_id FROM user_area WHERE user_id = :m)"
                        + " WHERE child_id = :child")
                .param("m", managerAccount.id())
                .param("child", child)
                .update();
        Document decided =
                Jsoup.parse(mvc.perform(get("/screenings/{id}/result", id).with(user(manager)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(decided.select("#band .govuk-tag").text()).isEqualTo("Medium");
        assertThat(decided.select("#standing").text()).contains("computed High");
        assertThat(decided.select("#reasons li").first().text()).startsWith("Medium by professional judgement");
        assertThat(jdbc.sql("SELECT due_on FROM inbox_task WHERE source_key = :k")
                        .param("k", "screening-rescreen:" + child)
                        .query(Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(LocalDate.now().plusWeeks(6));
        assertThat(Jsoup.parse(mvc.perform(get("/").with(user(manager)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#tasks")
                        .text())
                .doesNotContain("Approve or reject");
        assertThat(Jsoup.parse(mvc.perform(get("/").with(user(practitioner)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#tasks")
                        .text())
                .contains("Screen Isolde Fernsby again");
        Document trajectory =
                Jsoup.parse(mvc.perform(get("/children/{id}/screenings", child).with(user(manager)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(trajectory.select("#trajectory").text()).contains("Medium (professional judgement; computed High)");
    }

    @Test
    void tamperedIndicatorIdsAndFutureDatesSaveNothing() throws Exception {
        long id = start();
        Document tampered =
                page(answers(id, "save").param("answer.made-up", "PRESENT").param("childWords", "keep?"));
        assertThat(tampered.select(".govuk-error-summary").text()).contains("questions this tool does not ask");
        Document future = page(answers(id, "save")
                .param("screeningDate.day", "1")
                .param("screeningDate.month", "1")
                .param("screeningDate.year", String.valueOf(LocalDate.now().getYear() + 1))
                .param("childWords", "keep?"));
        assertThat(future.select(".govuk-error-summary").text()).contains("must be today or in the past");
        assertThat(jdbc.sql("SELECT child_words FROM screening WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void aUsedToolVersionCannotChange() throws Exception {
        start();
        var tool = tools.get("cse-levels", 2).orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScreeningTools.register(
                        jdbc, java.time.Clock.systemUTC(), "cse-levels-v2.yaml", tool, "changed: true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cse-levels version 2 has been used")
                .hasMessageContaining("version: 3");
    }

    @Test
    void aChildOutsideScopeCannotBeScreened() throws Exception {
        UserDetails outsider = accounts.principal(accounts.create("PRACTITIONER"));
        mvc.perform(post("/children/{id}/screenings", child)
                        .with(user(outsider))
                        .with(csrf())
                        .param("tool", "cse-levels"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/screenings", child).with(user(outsider)))
                .andExpect(status().isForbidden());
    }

    private long start() throws Exception {
        String location = mvc.perform(post("/children/{id}/screenings", child)
                        .with(user(practitioner))
                        .with(csrf())
                        .param("tool", "cse-levels"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The form as posted from the page just shown: it carries the draft's current version. */
    private MockHttpServletRequestBuilder answers(long id, String action) {
        int version = jdbc.sql("SELECT version FROM screening WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        return post("/screenings/{id}", id)
                .with(user(practitioner))
                .with(csrf())
                .param("action", action)
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder everythingAnswered(long id) {
        MockHttpServletRequestBuilder request = answers(id, "submit")
                .param("screeningDate.day", String.valueOf(LocalDate.now().getDayOfMonth()))
                .param("screeningDate.month", String.valueOf(LocalDate.now().getMonthValue()))
                .param("screeningDate.year", String.valueOf(LocalDate.now().getYear()))
                .param("childTookPart", "yes")
                .param("carerTookPart", "no")
                .param("childWords", "I just go for rides with them");
        for (var indicator : tools.latest().stream()
                .filter(t -> t.id().equals("cse-levels"))
                .findFirst()
                .orElseThrow()
                .indicators()) {
            if (!indicator.id().equals("cars-unknown-adults")) {
                request.param("answer." + indicator.id(), "NOT_PRESENT");
            }
        }
        for (ChildProtectionTrigger trigger : ChildProtectionTrigger.values()) {
            request.param("trigger." + trigger.name(), "no");
        }
        return request;
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM screening WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(practitioner)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
