package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One submission per form: the same form posted four times at once (a double click, a retry, several tabs) makes
 * one record, and every post is answered with the first one's redirect, never an error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OneSubmissionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPostFormCarriesAOneTimeToken() throws Exception {
        UserDetails worker = accounts.principal(accounts.create("PRACTITIONER"));
        var page = Jsoup.parse(mvc.perform(get("/people/new").with(user(worker)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var forms = page.select("main form[method=post]");
        assertThat(forms).isNotEmpty();
        forms.forEach(
                form -> assertThat(form.select("input[name=_submission]").val()).matches("[0-9a-f-]{36}"));
    }

    @Test
    void fourSimultaneousPostsOfOneNewChildFormMakeOneChild() throws Exception {
        UserDetails worker = accounts.principal(accounts.create("PRACTITIONER"));
        String family =
                "Onceonly" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        String token = UUID.randomUUID().toString();
        List<MvcResult> results = simultaneously(
                4,
                () -> post("/people/new")
                        .with(user(worker))
                        .with(csrf())
                        .param("_submission", token)
                        .param("kind", "CHILD")
                        .param("givenNames", "Perdita")
                        .param("familyName", family)
                        .param("dateOfBirth.day", "3")
                        .param("dateOfBirth.month", "5")
                        .param("dateOfBirth.year", "2012")
                        .param("sex", "FEMALE"));

        assertThat(jdbc.sql("SELECT count(*) FROM person_name WHERE family_name = :family")
                        .param("family", family)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String first = results.get(0).getResponse().getRedirectedUrl();
        assertThat(first).matches(".*/children/\\d+");
        assertThat(results).allSatisfy(result -> {
            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).endsWith(first.replaceAll("^https?://[^/]+", ""));
        });

        MvcResult later = mvc.perform(post("/people/new")
                        .with(user(worker))
                        .with(csrf())
                        .param("_submission", token)
                        .param("kind", "CHILD")
                        .param("givenNames", "Perdita")
                        .param("familyName", family + "a")
                        .param("dateOfBirth.day", "3")
                        .param("dateOfBirth.month", "5")
                        .param("dateOfBirth.year", "2012")
                        .param("sex", "FEMALE"))
                .andReturn();
        assertThat(later.getResponse().getRedirectedUrl()).endsWith(first.replaceAll("^https?://[^/]+", ""));
        assertThat(jdbc.sql("SELECT count(*) FROM person_name WHERE family_name = :family")
                        .param("family", family + "a")
                        .query(Long.class)
                        .single())
                .as("a repeat after the first finished changes nothing either")
                .isZero();
    }

    @Test
    void aFormShownAgainWithErrorsCanBeSentAgain() throws Exception {
        UserDetails worker = accounts.principal(accounts.create("PRACTITIONER"));
        String token = UUID.randomUUID().toString();
        MvcResult refused = mvc.perform(post("/people/new")
                        .with(user(worker))
                        .with(csrf())
                        .param("_submission", token)
                        .param("kind", "CHILD"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM form_submission WHERE token = CAST(:token AS uuid)")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .as("the token is released for the corrected form")
                .isZero();
    }

    private List<MvcResult> simultaneously(int posts, Callable<MockHttpServletRequestBuilder> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(posts);
        try {
            List<Future<MvcResult>> futures = new ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < posts; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(request.call()).andReturn();
                }));
            }
            start.countDown();
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
