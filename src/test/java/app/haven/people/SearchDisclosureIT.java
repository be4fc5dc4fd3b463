package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import app.haven.platform.HavenPrincipal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What a search tells someone about records outside their scope: who knows the person, and nothing that depends on
 * what they cannot see. A sweep of dates of birth learns nothing, and searching is rate-limited per user.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchDisclosureIT {

    private static final LocalDate BORN = LocalDate.of(2012, 3, 14);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PersonRecords records;

    @Test
    void anOutOfScopeResultLooksTheSameWhateverDateOfBirthIsTyped() throws Exception {
        UserDetails keeper = accounts.principal(accounts.create("PRACTITIONER"));
        TestPeople.as(
                keeper, () -> records.create(TestPeople.child("Philippa", "Dunsmore", BORN), (HavenPrincipal) keeper));
        UserDetails outsider = accounts.principal(accounts.create("PRACTITIONER"));

        String right = outsideResults(search(outsider, "Philippa Dunsmore 14/03/2012"));
        String wrong = outsideResults(search(outsider, "Philippa Dunsmore 02/11/2010"));
        String none = outsideResults(search(outsider, "Philippa Dunsmore"));

        assertThat(right)
                .contains("A record you cannot open matches")
                .isEqualTo(wrong)
                .isEqualTo(none);
        assertThat(right)
                .doesNotContain("Strong match")
                .doesNotContain("Likely match")
                .doesNotContain("Possible");
    }

    @Test
    void aUserWhoSearchesTooOftenIsAskedToWaitAndShownNothing() throws Exception {
        UserDetails user = accounts.principal(accounts.create("PRACTITIONER"));
        for (int i = 0; i < 30; i++) {
            assertThat(searchResponse(user, "Nobody Atall " + i).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = searchResponse(user, "Nobody Atall again");
        assertThat(refused.getStatus()).isEqualTo(429);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".govuk-error-summary a").text()).isEqualTo(PersonSearchController.TOO_MANY);
        assertThat(page.select("#result-count")).isEmpty();
        UserDetails colleague = accounts.principal(accounts.create("PRACTITIONER"));
        assertThat(searchResponse(colleague, "Nobody Atall").getStatus())
                .as("the limit is per user")
                .isEqualTo(200);
    }

    private Document search(UserDetails as, String text) throws Exception {
        return Jsoup.parse(searchResponse(as, text).getContentAsString());
    }

    private MockHttpServletResponse searchResponse(UserDetails as, String text) throws Exception {
        MvcResult posted = mvc.perform(
                        post("/people/search").with(user(as)).with(csrf()).param("q", text))
                .andReturn();
        return mvc.perform(get(posted.getResponse().getRedirectedUrl())
                        .cookie(posted.getResponse().getCookie("SESSION"))
                        .with(user(as)))
                .andReturn()
                .getResponse();
    }

    private static String outsideResults(Document page) {
        List<String> outside = page.select(".haven-result").stream()
                .filter(result -> result.text().contains("cannot open"))
                .map(result -> result.html().replaceAll("\\(match \\d+\\)", ""))
                .toList();
        return String.join("\n", outside);
    }
}
