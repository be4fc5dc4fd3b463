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

/**
 * Issue 13 on the pages: impossible dates, namesakes without a date, how many more match as well, and the postcode
 * and school a new child's form takes.
 */
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
        assertThat(page.select("#namesakes").text())
                .contains("2 people in Haven have the name Perpetua Hollowmere or one close to it");
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

    @Test
    void aPostcodeAndSchoolTypedForANewChildAreKeptAndTellAChangedSurnameFromNamesakes() throws Exception {
        mvc.perform(post("/people/new")
                        .with(user(practitioner))
                        .with(csrf())
                        .param("kind", "CHILD")
                        .param("givenNames", "Ottoline")
                        .param("familyName", "Quarrendon")
                        .param("dateOfBirth.day", "4")
                        .param("dateOfBirth.month", "5")
                        .param("dateOfBirth.year", "2013")
                        .param("sex", "FEMALE")
                        .param("postcode", "ls1 4ab")
                        .param("school", "St. Aldhelm's School"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT person_id FROM person_name WHERE family_name = 'Quarrendon'")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT postcode FROM person_address WHERE person_id = :id AND to_date IS NULL")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("LS1 4AB");
        assertThat(jdbc.sql("SELECT education_setting FROM person WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("St. Aldhelm's School");
        Document check = Jsoup.parse(mvc.perform(post("/people/new")
                        .with(user(practitioner))
                        .with(csrf())
                        .param("kind", "CHILD")
                        .param("givenNames", "Ottoline")
                        .param("familyName", "Barnstaple")
                        .param("dateOfBirth.day", "4")
                        .param("dateOfBirth.month", "5")
                        .param("dateOfBirth.year", "2013")
                        .param("sex", "FEMALE")
                        .param("postcode", "LS14AB")
                        .param("school", "Saint Aldhelms")
                        .param("parentName", "Rosamund Barnstaple"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(check.select("#comparison").text())
                .contains("Ottoline Quarrendon")
                .contains("Postcode matches")
                .contains("School or setting matches");
        // The parent's name typed is carried through the check, not saved (no parent on record here: no evidence).
        assertThat(check.select("input[name=parentName]").attr("value")).isEqualTo("Rosamund Barnstaple");
    }

    @Test
    void aParentsNameThatIsNotANameIsRefusedWithWhatWasTypedKept() throws Exception {
        int people = count();
        Document page = Jsoup.parse(mvc.perform(post("/people/new")
                        .with(user(practitioner))
                        .with(csrf())
                        .param("kind", "CHILD")
                        .param("givenNames", "Ottoline")
                        .param("familyName", "Quarrendon")
                        .param("sex", "FEMALE")
                        .param("parentName", "Mum 07700 900123"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Parent’s or carer’s name must only include letters");
        assertThat(page.select("input[name=parentName]").attr("value")).isEqualTo("Mum 07700 900123");
        assertThat(count()).isEqualTo(people);
    }

    @Test
    void aPostcodeThatIsNotOneIsRefusedWithWhatWasTypedKept() throws Exception {
        int people = count();
        Document page = Jsoup.parse(mvc.perform(post("/people/new")
                        .with(user(practitioner))
                        .with(csrf())
                        .param("kind", "CHILD")
                        .param("givenNames", "Ottoline")
                        .param("familyName", "Quarrendon")
                        .param("sex", "FEMALE")
                        .param("postcode", "not a postcode")
                        .param("school", "Oakfield Academy"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("Enter a real postcode, like CH1 2AB");
        assertThat(page.select("input[name=postcode]").attr("value")).isEqualTo("not a postcode");
        assertThat(page.select("input[name=school]").attr("value")).isEqualTo("Oakfield Academy");
        assertThat(count()).isEqualTo(people);
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
