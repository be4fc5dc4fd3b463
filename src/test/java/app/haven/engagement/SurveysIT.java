package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Feedback surveys: a code opens one survey once; a spoofed or used code is refused in words and saves nothing; an
 * anonymous response keeps nothing that links it to its code, the device or the time of day; staff see the results
 * with counts below six suppressed; a client sending refused codes again and again is stopped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SurveysIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EngagementFixtures fx;

    @Test
    void aCodeAnswersOnceAndAUsedOrSpoofedCodeIsRefusedClearlyWithNothingSaved() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        String code = issue(coordinator, "CHILDREN_YOUNG_PEOPLE", 1).get(0);
        String client = EngagementFixtures.newClient();

        MockHttpServletResponse questions = anonymous(post("/public/survey").param("code", code), client);
        assertThat(questions.getContentAsString())
                .contains("I feel safer")
                .contains("I know how to report a risk online");
        long responses = fx.count("survey_response");
        MockHttpServletResponse answered = answer(code, client, "4");
        assertThat(answered.getRedirectedUrl()).isEqualTo("/public/survey/thanks");
        assertThat(fx.count("survey_response")).isEqualTo(responses + 1);

        MockHttpServletResponse again = answer(code, client, "1");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(again.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("This code is not right, or it has already been used");
        assertThat(anonymous(post("/public/survey").param("code", code), client).getContentAsString())
                .contains("already been used");
        MockHttpServletResponse spoofed = answer("ABCDE-FGHJK", client, "5");
        assertThat(spoofed.getContentAsString()).contains("already been used");
        assertThat(fx.count("survey_response")).isEqualTo(responses + 1);
    }

    @Test
    void anAnonymousResponseKeepsNothingThatLinksItToItsCodeOrItsMoment() throws Exception {
        assertThat(fx.jdbc
                        .sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_response'")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("id", "area_id", "audience", "answered_on", "child_id");
        assertThat(fx.jdbc
                        .sql("SELECT data_type FROM information_schema.columns WHERE table_name = 'survey_response'"
                                + " AND column_name IN ('id', 'answered_on') ORDER BY column_name")
                        .query(String.class)
                        .list())
                .containsExactly("date", "uuid");
        assertThat(fx.jdbc
                        .sql("SELECT column_name FROM information_schema.columns WHERE table_name ="
                                + " 'survey_invitation' AND data_type LIKE 'timestamp%'")
                        .query(String.class)
                        .list())
                .as("a code's use is not timed")
                .isEmpty();
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        String code = issue(coordinator, "PARENTS_CARERS", 1).get(0);
        answer(code, EngagementFixtures.newClient(), "5");
        long area = fx.areaOf(coordinator);
        assertThat(fx.jdbc
                        .sql("SELECT count(*) FROM survey_response WHERE area_id = :a AND child_id IS NULL")
                        .param("a", area)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(fx.jdbc
                        .sql("SELECT count(*) FROM survey_invitation WHERE area_id = :a AND used")
                        .param("a", area)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void staffSeeResultsWithCountsBelowSixSuppressed() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        List<String> codes = issue(coordinator, "CHILDREN_YOUNG_PEOPLE", 10);
        String client = EngagementFixtures.newClient();
        for (int i = 0; i < 10; i++) {
            answer(codes.get(i), client, i < 6 ? "5" : i < 8 ? "4" : "2");
        }
        var page = Jsoup.parse(send(coordinator, get("/engagement/surveys")).getContentAsString());
        var row = page.select("table").get(0).select("tbody tr").get(0).select("td, th");
        assertThat(row.get(0).text()).isEqualTo("I understand what a healthy relationship is");
        assertThat(row.get(1).text()).as("strongly agree").isEqualTo("6");
        assertThat(row.get(2).text()).as("agree: two answers").isEqualTo("c");
        assertThat(row.get(3).text()).as("neither").isEqualTo("0");
        assertThat(row.get(4).text()).as("disagree: two answers").isEqualTo("c");
        assertThat(row.get(6).text()).as("answers").isEqualTo("10");
    }

    @Test
    void aCodeForAChildsCaseNeedsConsentAndAChildTheUserMayOpen() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long before = fx.count("survey_invitation");
        MockHttpServletResponse response = send(
                coordinator,
                post("/engagement/surveys/codes")
                        .param("audience", "CHILDREN_YOUNG_PEOPLE")
                        .param("count", "1")
                        .param("child", "P-987654321"));
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("Enter the number of a child whose record you may open");
        assertThat(fx.count("survey_invitation")).isEqualTo(before);
    }

    @Test
    void aClientSendingRefusedCodesAgainAndAgainIsStopped() throws Exception {
        String client = EngagementFixtures.newClient();
        for (int i = 0; i < 20; i++) {
            assertThat(anonymous(post("/public/survey").param("code", "ZZZZZ-ZZZZ" + (char) ('A' + i % 20)), client)
                            .getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse stopped = anonymous(post("/public/survey").param("code", "ZZZZZ-ZZZZZ"), client);
        assertThat(stopped.getStatus()).isEqualTo(429);
        assertThat(stopped.getContentAsString()).contains("Too many");
    }

    @SuppressWarnings("unchecked")
    private List<String> issue(TestAccounts.Account coordinator, String audience, int count) throws Exception {
        var result = mvc.perform(post("/engagement/surveys/codes")
                        .param("audience", audience)
                        .param("count", String.valueOf(count))
                        .with(csrf())
                        .with(user(accounts.principal(coordinator))))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/engagement/surveys");
        return (List<String>) result.getFlashMap().get("codes");
    }

    private MockHttpServletResponse answer(String code, String client, String value) throws Exception {
        return anonymous(
                post("/public/survey/answers")
                        .param("code", code)
                        .param("q_HEALTHY_RELATIONSHIP", value)
                        .param("q_FEEL_SAFER", value)
                        .param("q_CONFIDENT_ONLINE", value),
                client);
    }

    private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request, String client) throws Exception {
        return mvc.perform(request.with(csrf()).with(r -> {
                    r.setRemoteAddr(client);
                    return r;
                }))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse send(TestAccounts.Account as, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }
}
