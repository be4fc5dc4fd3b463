package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.TestAccounts;
import jakarta.servlet.http.Cookie;
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
class PeopleWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private UserDetails practitioner;
    private UserDetails outsider;

    @BeforeEach
    void users() {
        practitioner = accounts.principal(accounts.create("PRACTITIONER"));
        outsider = accounts.principal(accounts.create("PRACTITIONER"));
    }

    @Test
    void anonymousVisitorsAreSentToSignInAndAnalystsAreRefused() throws Exception {
        mvc.perform(get("/people/search")).andExpect(redirectedUrl("/login"));
        UserDetails analyst = accounts.principal(accounts.create("PARTNERSHIP_ANALYST"));
        mvc.perform(get("/people/search").with(user(analyst))).andExpect(status().isForbidden());
        mvc.perform(get("/people/new").with(user(analyst))).andExpect(status().isForbidden());
        long child = create(practitioner, "Zebedee", "Quixotic", "3", "4", "2012", "");
        mvc.perform(get("/children/{id}", child).with(user(analyst))).andExpect(status().isForbidden());
    }

    @Test
    void createsAChildAndFindsThemByAMisspeltNameWithReasons() throws Exception {
        long child = create(practitioner, "Jaydon", "Fairweatherly", "4", "2", "2011", "");
        Document results = search(practitioner, "Jayden Fairwetherly");
        assertThat(results.select(".haven-result a[href=/children/" + child + "]")
                        .text())
                .isEqualTo("Jaydon Fairweatherly");
        assertThat(results.select(".haven-result").first().text())
                .contains("‘jayden’ is a variant of ‘jaydon’")
                .contains("4 February 2011");
        assertThat(search(practitioner, "04/02/2011 fairweatherly")
                        .select(".haven-result a")
                        .attr("href"))
                .isEqualTo("/children/" + child);
        assertThat(search(practitioner, "2/4/2011 Fairweatherly").text())
                .contains("Date of birth matches with day and month swapped");
    }

    @Test
    void searchResultsOutsideScopeShowOnlyWhoKnowsTheChild() throws Exception {
        create(practitioner, "Ottoline", "Brackenbury", "9", "9", "2010", "");
        Document results = search(outsider, "Ottoline Brackenbury");
        assertThat(results.select(".haven-result")).hasSize(1);
        assertThat(results.text())
                .contains("A record you cannot open matches")
                .contains("Known to:")
                .doesNotContain("Ottoline")
                .doesNotContain("Brackenbury")
                .doesNotContain("2010");
    }

    @Test
    void amongEquallyGoodMatchesTheUsersOwnRecordsComeFirst() throws Exception {
        create(outsider, "Wilhelmina", "Copperkettle", "2", "2", "2012", "");
        String location = submit(
                        practitioner,
                        "Wilhelmina",
                        "Copperkettle",
                        "2",
                        "2",
                        "2012",
                        "",
                        "new",
                        "A different child with the same name, confirmed with both schools")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long own = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Document results = search(practitioner, "Wilhelmina Copperkettle");
        assertThat(results.select(".haven-result").first().select("a").attr("href"))
                .isEqualTo("/children/" + own);
    }

    @Test
    void recordPageIsAuditedOnceAndOutsideScopeExplainsRecordScopeAndOffersBreakGlass() throws Exception {
        long child = create(practitioner, "Peregrine", "Tumbleton", "1", "6", "2013", "");
        long before = views(child);
        Document page = Jsoup.parse(mvc.perform(get("/children/{id}", child).with(user(practitioner)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Peregrine Tumbleton");
        assertThat(views(child)).isEqualTo(before + 1);
        Document refusal = Jsoup.parse(mvc.perform(get("/children/{id}", child).with(user(outsider)))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(views(child)).isEqualTo(before + 1);
        assertThat(refusal.select("h1").text()).isEqualTo("This record is outside your record scope");
        assertThat(refusal.select("main").text())
                .contains("children your work reaches")
                .contains("This child is known to:")
                .doesNotContain("Your role does not allow")
                .doesNotContain("Tumbleton");
        assertThat(refusal.select("main a[href=/children/" + child + "/break-glass]"))
                .hasSize(1);
    }

    @Test
    void duplicateIsShownSideBySideAndANewRecordNeedsAReason() throws Exception {
        long existing = create(practitioner, "Katherine", "Ollerenshaw", "5", "11", "2012", "");
        int people = count();
        Document warning = Jsoup.parse(submit(practitioner, "Kate", "Ollerenshaw", "11", "5", "2012", "", "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(warning.select("h1").text()).isEqualTo("This person may already have a record");
        assertThat(warning.select("#comparison").text())
                .contains("Katherine Ollerenshaw")
                .contains("Kate Ollerenshaw");
        assertThat(warning.select("#use-" + existing).attr("href")).isEqualTo("/children/" + existing);
        assertThat(count()).isEqualTo(people);
        assertThat(jdbc.sql("SELECT reason FROM audit_event WHERE subject_type = 'duplicate-check' AND action = 'view'"
                                + " ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .contains(String.valueOf(existing));

        Document noReason = Jsoup.parse(submit(practitioner, "Kate", "Ollerenshaw", "11", "5", "2012", "", "new")
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(noReason.select(".govuk-error-summary").text())
                .contains("Enter why none of these records is the same person");
        assertThat(count()).isEqualTo(people);

        submit(practitioner, "Kate", "Ollerenshaw", "11", "5", "2012", "", "new", "Twin sister, confirmed by school")
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(people + 1);
        assertThat(jdbc.sql("SELECT reason FROM audit_event WHERE action = 'create' ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .contains("Twin sister, confirmed by school");
    }

    @Test
    void badInputGetsAnErrorSummaryAndNothingIsSaved() throws Exception {
        int people = count();
        assertError(
                submit(practitioner, "Amy", "Smith", "31", "2", "2012", "", ""), "Date of birth must be a real date");
        assertError(
                submit(practitioner, "Amy", "Smith", "1", "1", "2090", "", ""),
                "Date of birth must be today or in the past");
        assertError(
                submit(practitioner, "Amy", "Smith", "1", "1", "2012", "9434765918", ""), "NHS number is not valid");
        assertError(
                submit(practitioner, "<script>alert(1)</script>", "Smith", "1", "1", "2012", "", ""),
                "Given names must only include letters");
        assertError(
                submit(practitioner, "Amy", "S".repeat(101), "1", "1", "2012", "", ""),
                "Family name must be 100 characters or fewer");
        assertThat(count()).isEqualTo(people);
    }

    private void assertError(org.springframework.test.web.servlet.ResultActions result, String message)
            throws Exception {
        Document page = Jsoup.parse(
                result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains(message);
        assertThat(page.html()).doesNotContain("<script>alert(1)</script>");
    }

    private long create(UserDetails as, String given, String family, String d, String m, String y, String nhs)
            throws Exception {
        String location = submit(as, given, family, d, m, y, nhs, "")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private org.springframework.test.web.servlet.ResultActions submit(
            UserDetails as,
            String given,
            String family,
            String d,
            String m,
            String y,
            String nhs,
            String decision,
            String... reason)
            throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/people/new")
                        .with(user(as))
                        .with(csrf())
                        .param("kind", "CHILD")
                        .param("givenNames", given)
                        .param("familyName", family)
                        .param("dateOfBirth.day", d)
                        .param("dateOfBirth.month", m)
                        .param("dateOfBirth.year", y)
                        .param("sex", "FEMALE")
                        .param("nhsNumber", nhs)
                        .param("decision", decision);
        if (reason.length > 0) {
            request.param("newRecordReason", reason[0]);
        }
        return mvc.perform(request);
    }

    private Document search(UserDetails as, String text) throws Exception {
        var response = mvc.perform(
                        post("/people/search").with(user(as)).with(csrf()).param("q", text))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        String location = response.getRedirectedUrl();
        Cookie session = response.getCookie("SESSION");
        assertThat(location).doesNotContain(text.split(" ")[0]);
        return Jsoup.parse(mvc.perform(get(location).cookie(session).with(user(as)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long views(long child) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'view' AND child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Integer.class).single();
    }
}
