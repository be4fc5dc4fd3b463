package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.haven.platform.HavenPrincipal;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Access through a relationship: an adult's record opens to those who may open a related child's, but only through
 * a relationship made by someone in scope without break-glass; and a record lists by name only the related people
 * its viewer may open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelationshipAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    app.haven.identity.TestAccounts accounts;

    @Autowired
    PersonRecords records;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRelationshipMadeDuringBreakGlassOpensNothingOnceTheGrantHasExpired() throws Exception {
        UserDetails halton = accounts.principal(accounts.create("PRACTITIONER"));
        long childThere = create(halton, NewPersonKind.CHILD, "Briony", "Castlemaine");
        long adultThere = create(halton, NewPersonKind.ADULT, "Gideon", "Castlemaine");
        relate(halton, childThere, adultThere, "PARENT");

        UserDetails warrington = accounts.principal(accounts.create("PRACTITIONER"));
        long ownChild = create(warrington, NewPersonKind.CHILD, "Maisie", "Thorncroft");
        mvc.perform(get("/people/{id}", adultThere).with(user(warrington))).andExpect(status().isForbidden());

        mvc.perform(post("/children/{id}/break-glass", childThere)
                .with(user(warrington))
                .with(csrf())
                .param("reason", "Child arrived at the out-of-hours service"));
        mvc.perform(get("/people/{id}", adultThere).with(user(warrington))).andExpect(status().isOk());
        relate(warrington, ownChild, adultThere, "ASSOCIATE");
        assertThat(jdbc.sql("SELECT made_in_scope FROM person_relationship WHERE person_id = :child")
                        .param("child", ownChild)
                        .query(Boolean.class)
                        .single())
                .isFalse();

        jdbc.sql("UPDATE break_glass_grant SET granted_at = now() - interval '10 hours',"
                        + " expires_at = now() - interval '1 hour' WHERE child_id = :child")
                .param("child", childThere)
                .update();
        // The link made under break-glass does not keep the adult open.
        mvc.perform(get("/people/{id}", adultThere).with(user(warrington))).andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}", childThere).with(user(warrington))).andExpect(status().isForbidden());
    }

    @Test
    void aRecordListsRelatedPeopleByNameOnlyWhenTheViewerMayOpenThem() throws Exception {
        UserDetails halton = accounts.principal(accounts.create("PRACTITIONER"));
        long child = create(halton, NewPersonKind.CHILD, "Clemency", "Ashworthy");
        long adult = create(halton, NewPersonKind.ADULT, "Roderick", "Ashworthy");
        relate(halton, child, adult, "PARENT");
        UserDetails elsewhere = accounts.principal(accounts.create("PRACTITIONER"));
        long friend = create(elsewhere, NewPersonKind.CHILD, "Octavia", "Fernleigh");
        jdbc.sql("""
                        INSERT INTO person_relationship (person_id, related_person_id, relationship_type, added_at)
                        VALUES (:child, :friend, 'FRIEND', now())
                        """).param("child", child).param("friend", friend).update();

        Document record = Jsoup.parse(mvc.perform(get("/children/{id}", child).with(user(halton)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String relationships = record.select("#relationships").text();
        assertThat(relationships)
                .contains("Roderick Ashworthy")
                .doesNotContain("Octavia")
                .doesNotContain("Fernleigh");
        assertThat(relationships).contains(PersonRecordQueries.WITHHELD);
        assertThat(record.select("#relationships a[href=/children/" + friend + "]"))
                .isEmpty();
    }

    private enum NewPersonKind {
        CHILD,
        ADULT
    }

    private long create(UserDetails by, NewPersonKind kind, String given, String family) {
        NewPerson child =
                TestPeople.child(given, family, LocalDate.now().minusYears(kind == NewPersonKind.CHILD ? 13 : 40));
        NewPerson person = kind == NewPersonKind.CHILD
                ? child
                : new NewPerson(
                        PersonKind.ADULT,
                        given,
                        family,
                        Optional.empty(),
                        child.dateOfBirth(),
                        false,
                        Sex.MALE,
                        Optional.empty(),
                        java.util.Map.of(),
                        Optional.empty(),
                        java.util.List.of(),
                        "NOT_KNOWN",
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
        return TestPeople.as(by, () -> records.create(person, (HavenPrincipal) by));
    }

    private void relate(UserDetails by, long person, long related, String type) throws Exception {
        mvc.perform(post("/children/{id}/relationships/new", person)
                        .with(user(by))
                        .with(csrf())
                        .param("relatedId", String.valueOf(related))
                        .param("type", type))
                .andExpect(status().is3xxRedirection());
    }
}
