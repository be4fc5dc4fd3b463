package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.identity.TestAccounts;
import app.haven.platform.HavenPrincipal;
import java.time.LocalDate;
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

/** Changing parts of a record, merging and unmerging, and the chronology those changes build. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordChangesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PersonRecords records;

    @Autowired
    People people;

    @Autowired
    PersonSearch search;

    @Autowired
    JdbcClient jdbc;

    private TestAccounts.Account managerAccount;
    private UserDetails manager;

    @BeforeEach
    void manager() {
        managerAccount = accounts.create("TEAM_MANAGER");
        manager = accounts.principal(managerAccount);
    }

    @Test
    void invalidIdentifiersAreRefusedAndNothingIsSaved() throws Exception {
        long child = child("Orla", "Pennywhistle", LocalDate.of(2011, 5, 6));
        Document page = page(post("/children/{id}/identifiers/new", child)
                .with(user(manager))
                .with(csrf())
                .param("type", "NHS_NUMBER")
                .param("value", "943 476 5918"));
        assertThat(page.select(".govuk-error-summary").text()).contains("NHS number is not valid");
        assertThat(identifiers(child)).isZero();
        mvc.perform(post("/children/{id}/identifiers/new", child)
                        .with(user(manager))
                        .with(csrf())
                        .param("type", "NHS_NUMBER")
                        .param("value", "943 476 5919"))
                .andExpect(redirectedUrl("/children/" + child));
        assertThat(identifiers(child)).isEqualTo(1);
    }

    @Test
    void addressesNeedRealDatesInOrder() throws Exception {
        long child = child("Orla", "Pennywhistle", LocalDate.of(2011, 5, 6));
        Document page = page(post("/children/{id}/addresses/new", child)
                .with(user(manager))
                .with(csrf())
                .param("line1", "1 Fictional Row")
                .param("town", "Nowhere")
                .param("postcode", "ZZ99 9ZZ")
                .param("from.day", "5")
                .param("from.month", "6")
                .param("from.year", "2024")
                .param("to.day", "1")
                .param("to.month", "1")
                .param("to.year", "2024"));
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Date they moved out must be the same as or after the date they moved in");
        assertThat(jdbc.sql("SELECT count(*) FROM person_address WHERE person_id = :id")
                        .param("id", child)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaleDetailsFormShowsBothVersionsAndOverwritesNothing() throws Exception {
        long child = child("Orla", "Pennywhistle", LocalDate.of(2011, 5, 6));
        int version = jdbc.sql("SELECT version FROM person WHERE id = :id")
                .param("id", child)
                .query(Integer.class)
                .single();
        mvc.perform(details(child, version, "First language one")).andExpect(redirectedUrl("/children/" + child));
        Document conflict = page(details(child, version, "First language two"));
        assertThat(conflict.select(".govuk-error-summary").text()).contains("Someone else changed these details");
        assertThat(conflict.select("#their-version").text()).contains("First language one");
        assertThat(conflict.select("input[name=firstLanguage]").val()).isEqualTo("First language two");
        assertThat(jdbc.sql("SELECT first_language FROM person WHERE id = :id")
                        .param("id", child)
                        .query(String.class)
                        .single())
                .isEqualTo("First language one");
    }

    @Test
    void mergeKeepsBothRecordsHistoryAndUndoRestoresThem() throws Exception {
        long kept = child("Tamsin", "Wrenfield", LocalDate.of(2012, 8, 9));
        long duplicate = child("Tamsyn", "Wrenfield", LocalDate.of(2012, 9, 8));
        Document form = page(get("/children/{id}/merge", kept).with(user(manager)));
        assertThat(form.select("input[name=otherId][value=" + duplicate + "]")).hasSize(1);

        assertThat(page(post("/children/{id}/merge", kept)
                                .with(user(manager))
                                .with(csrf())
                                .param("otherId", "" + duplicate))
                        .select(".govuk-error-summary")
                        .text())
                .contains("Enter why these records are the same person");
        mvc.perform(post("/children/{id}/merge", kept)
                        .with(user(manager))
                        .with(csrf())
                        .param("otherId", "" + duplicate)
                        .param("reason", "Same child, day and month swapped by the school"))
                .andExpect(redirectedUrl("/children/" + kept));

        assertThat(people.resolve(duplicate)).isEqualTo(kept);
        assertThat(people.recordIds(kept)).containsExactly(kept, duplicate);
        mvc.perform(get("/children/{id}", duplicate).with(user(manager))).andExpect(redirectedUrl("/children/" + kept));
        UserDetails outsider = accounts.principal(accounts.create("TEAM_MANAGER"));
        for (String path : new String[] {"", "/chronology"}) {
            var refused = mvc.perform(get("/children/" + duplicate + path).with(user(outsider)))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse();
            assertThat(refused.getRedirectedUrl())
                    .as("no redirect reveals the kept record")
                    .isNull();
            assertThat(refused.getContentAsString()).doesNotContain("/children/" + kept);
        }
        assertThat(search.rank(
                        app.haven.people.matching.SearchQuery.parse("Tamsyn Wrenfield", LocalDate.now()), true, 5))
                .extracting(PersonSearch.Ranked::personId)
                .containsExactly(kept);
        Document chronology = page(get("/children/{id}/chronology", kept).with(user(manager)));
        assertThat(chronology.select("#timeline li")).hasSize(3);
        assertThat(chronology.text()).contains("Records merged");

        long mergeId = jdbc.sql("SELECT id FROM person_merge WHERE merged_person_id = :id")
                .param("id", duplicate)
                .query(Long.class)
                .single();
        mvc.perform(post("/people/merges/{id}/undo", mergeId)
                        .with(user(manager))
                        .with(csrf())
                        .param("reason", "Twins after all"))
                .andExpect(redirectedUrl("/children/" + kept));
        assertThat(people.resolve(duplicate)).isEqualTo(duplicate);
        assertThat(people.recordIds(kept)).containsExactly(kept);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM child_involvement WHERE child_id = :kept AND ended_at IS NULL
                        """).param("kept", kept).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void practitionersCannotMerge() throws Exception {
        long child = child("Tamsin", "Wrenfield", LocalDate.of(2012, 8, 9));
        UserDetails practitioner = accounts.principal(accounts.colleague(managerAccount, "PRACTITIONER"));
        mvc.perform(get("/children/{id}/merge", child).with(user(practitioner))).andExpect(status().isForbidden());
    }

    @Test
    void chronologyListsEventsInOrderFiltersThemAndAuditsEachView() throws Exception {
        long child = child("Ebony", "Marchbanks", LocalDate.of(2010, 1, 2));
        mvc.perform(post("/children/{id}/identifiers/new", child)
                        .with(user(manager))
                        .with(csrf())
                        .param("type", "UPN")
                        .param("value", app.haven.people.matching.UniquePupilNumber.generate(new java.util.Random(3))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/children/{id}/names/new", child)
                        .with(user(manager))
                        .with(csrf())
                        .param("type", "ALIAS")
                        .param("givenNames", "Ebs")
                        .param("familyName", "Marchbanks"))
                .andExpect(status().is3xxRedirection());
        long views = views(child);
        Document newest = page(get("/children/{id}/chronology", child).with(user(manager)));
        assertThat(newest.select("#timeline .govuk-tag").eachText())
                .containsSubsequence("Name changed", "Identifier changed", "Record created");
        assertThat(views(child)).isEqualTo(views + 1);
        Document oldest =
                page(get("/children/{id}/chronology?order=oldest", child).with(user(manager)));
        assertThat(oldest.select("#timeline .govuk-tag").first().text()).isEqualTo("Record created");
        Document filtered = page(get("/children/{id}/chronology?type=people.identifier-changed", child)
                .with(user(manager)));
        assertThat(filtered.select("#timeline li")).hasSize(1);
        Document badDates = page(get("/children/{id}/chronology?from.day=31&from.month=2&from.year=2026", child)
                .with(user(manager)));
        assertThat(badDates.select(".govuk-error-summary").text()).contains("Date from must be a real date");
        assertThat(badDates.select("#timeline li")).hasSize(3);

        long entry = jdbc.sql(
                        "SELECT id FROM chronology_entry WHERE child_id = :id AND event_type = 'people.name-changed'")
                .param("id", child)
                .query(Long.class)
                .single();
        mvc.perform(post("/children/{id}/chronology/{entry}/significance", child, entry)
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/children/{id}/chronology?significant=yes", child).with(user(manager)))
                        .select("#timeline li"))
                .hasSize(2);
        long other = child("Someone", "Else", LocalDate.of(2010, 1, 2));
        mvc.perform(post("/children/{id}/chronology/{entry}/significance", other, entry)
                        .with(user(manager))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        UserDetails outsider = accounts.principal(accounts.create("PRACTITIONER"));
        mvc.perform(get("/children/{id}/chronology", child).with(user(outsider)))
                .andExpect(status().isForbidden());
        Document print = page(get("/children/{id}/chronology/print", child).with(user(manager)));
        assertThat(print.text()).contains("OFFICIAL-SENSITIVE").contains("Ebony Marchbanks");
    }

    private ResultActions perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder details(
            long child, int version, String language) {
        return post("/children/{id}/details", child)
                .with(user(manager))
                .with(csrf())
                .param("givenNames", "Orla")
                .param("familyName", "Pennywhistle")
                .param("dateOfBirth.day", "6")
                .param("dateOfBirth.month", "5")
                .param("dateOfBirth.year", "2011")
                .param("sex", "FEMALE")
                .param("firstLanguage", language)
                .param("sendStatus", "NOT_KNOWN")
                .param("lookedAfterStatus", "NOT_KNOWN")
                .param("version", String.valueOf(version));
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(perform(request).andReturn().getResponse().getContentAsString());
    }

    private long child(String given, String family, LocalDate dob) {
        return TestPeople.as(manager, () -> create(given, family, dob));
    }

    private long create(String given, String family, LocalDate dob) {
        return records.create(TestPeople.child(given, family, dob), (HavenPrincipal) manager);
    }

    private long identifiers(long child) {
        return jdbc.sql("SELECT count(*) FROM person_identifier WHERE person_id = :id")
                .param("id", child)
                .query(Long.class)
                .single();
    }

    private long views(long child) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'view' AND child_id = :id")
                .param("id", child)
                .query(Long.class)
                .single();
    }
}
