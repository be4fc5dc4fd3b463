package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The new-child form asks about additional needs, so the screening's never-low rule knows from the start. */
@SpringBootTest
@AutoConfigureMockMvc
class NewChildNeedsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewChildIsRecordedWithALearningDisabilityAndSpecialEducationalNeeds() throws Exception {
        UserDetails practitioner = accounts.principal(accounts.create("PRACTITIONER"));
        Document form = Jsoup.parse(mvc.perform(get("/people/new").with(user(practitioner)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("input[name=learningDisability][value=yes]")).hasSize(1);
        assertThat(form.select("input[name=sendStatus][value=EHC_PLAN]")).hasSize(1);

        String location = mvc.perform(post("/people/new")
                        .with(user(practitioner))
                        .with(csrf())
                        .param("kind", "CHILD")
                        .param("givenNames", "Wrenna")
                        .param("familyName", "Quillfeather")
                        .param("dateOfBirth.day", "3")
                        .param("dateOfBirth.month", "4")
                        .param("dateOfBirth.year", "2013")
                        .param("sex", "FEMALE")
                        .param("sendStatus", "EHC_PLAN")
                        .param("learningDisability", "yes"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+", " ").trim().split(" ")[0]);
        assertThat(jdbc.sql("SELECT learning_disability FROM person WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT send_status FROM person WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("EHC_PLAN");
    }

    @Test
    void anAnswerThatIsNotAChoiceIsRefused() throws Exception {
        UserDetails practitioner = accounts.principal(accounts.create("PRACTITIONER"));
        Document page = Jsoup.parse(mvc.perform(post("/people/new")
                        .with(user(practitioner))
                        .with(csrf())
                        .param("kind", "CHILD")
                        .param("givenNames", "Wrenna")
                        .param("familyName", "Quillfeather")
                        .param("sex", "FEMALE")
                        .param("sendStatus", "MADE_UP"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("Select their special educational needs");
    }
}
