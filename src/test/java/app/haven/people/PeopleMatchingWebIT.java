package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.ResultActions;

/** Issue 13 on the pages: impossible dates, namesakes without a date, and how many more match as well. */
@SpringBootTest
@AutoConfigureMockMvc
class PeopleMatchingWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private UserDetails practitioner;

    @BeforeEach
    void signIn() {
        practitioner = accounts.principal(accounts.create("PRACTITIONER"));
    }

    @Test
    void anImpossibleDateIsReportedWithWhatWasTypedKept() throws Exception {
        Document page = Jsoup.parse(mvc.perform(post("/people/search")
                        .with(user(practitioner))
                        .with(csrf())
                        .param("q", "Amy Smith 29/02/2023"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("29 February 2023 does not exist — check the date");
        assertThat(page.select("input[name=q]").attr("value")).isEqualTo("Amy Smith 29/02/2023");
        assertThat(page.select(".haven-result")).isEmpty();
    }

    @Test
    void aNewPersonWithOnlyANameSharedByOthersIsAskedForMoreNotShownNamesakes() throws Exception {
        create("Perpetua", "Hollowmere", "1", "3", "2011", "");
        create("Perpetua", "Hollowmere", "9", "10", "2013", "");
        int people = count();
        Document page = Jsoup.parse(submit("Perpetua", "Hollowmere", "", "", "", "", "")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#namesakes").text()).contains("2 people in Haven are called Perpetua Hollowmere");
        assertThat(page.select("#comparison")).isEmpty();
        assertThat(count()).isEqualTo(people);
        submit("Perpetua", "Hollowmere", "", "", "", "new", "Birth date not known yet; checked with the school")
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(people + 1);
    }

    @Test
    void aPageOfEquallyGoodMatchesSaysHowManyMoreMatchAsWell() throws Exception {
        for (int i = 0; i < 12; i++) {
            create("Tobias", "Fernwhistle", "", "", "", "Another child of that name, confirmed by the school");
        }
        Document results = search("Tobias Fernwhistle");
        assertThat(results.select(".haven-result")).hasSize(SearchResults.RESULTS);
        assertThat(results.select("#more-equally-good").text())
                .contains("2 more people match as well as the last one shown");
    }

    private void create(String given, String family, String d, String m, String y, String reason) throws Exception {
        ResultActions first = submit(given, family, d, m, y, "", "");
        if (first.andReturn().getResponse().getStatus() == 200) {
            submit(given, family, d, m, y, "new", reason.isEmpty() ? "A different child" : reason)
                    .andExpect(status().is3xxRedirection());
        }
    }

    private ResultActions submit(
            String given, String family, String d, String m, String y, String decision, String reason)
            throws Exception {
        return mvc.perform(post("/people/new")
                .with(user(practitioner))
                .with(csrf())
                .param("kind", "CHILD")
                .param("givenNames", given)
                .param("familyName", family)
                .param("dateOfBirth.day", d)
                .param("dateOfBirth.month", m)
                .param("dateOfBirth.year", y)
                .param("sex", "FEMALE")
                .param("nhsNumber", "")
                .param("decision", decision)
                .param("newRecordReason", reason));
    }

    private Document search(String text) throws Exception {
        var response = mvc.perform(post("/people/search")
                        .with(user(practitioner))
                        .with(csrf())
                        .param("q", text))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        Cookie session = response.getCookie("SESSION");
        return Jsoup.parse(
                mvc.perform(get(response.getRedirectedUrl()).cookie(session).with(user(practitioner)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Integer.class).single();
    }
}
