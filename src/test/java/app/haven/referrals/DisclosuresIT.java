package app.haven.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import app.haven.missing.DisclosureMade;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disclosures: passed to the police, whose response is asked of police in the area and alerted to the recorder when
 * none is recorded in time; a response dated before it was passed, or "no further action" without a reason, is
 * refused with nothing changed; a return home interview's disclosure becomes one record however often announced.
 * NRM referrals: decisions with dates, alerts when overdue, the order of decisions kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisclosuresIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    ReferralFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    app.haven.people.LinkablePeople linkable;

    @Test
    void aDisclosurePassedToThePoliceIsChasedWhenNoResponseComesAndClearedWhenOneIs() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        TestAccounts.Account police = accounts.partner(school, "POLICE_INVESTIGATOR");
        long child = cases.child(school, "Nerys");
        LocalDate passed = LocalDate.now(LONDON).minusDays(20);
        Map<String, String> fields = disclosure(passed.minusDays(1), passed);
        assertThat(fixtures.send(mvc, school, "/children/" + child + "/disclosures", fields)
                        .getRedirectedUrl())
                .startsWith("/disclosures/");
        long disclosure = latest(child);

        assertThat(cases.inbox(mvc, school)).anyMatch(t -> t.contains("No police response recorded to a disclosure"));
        assertThat(cases.inbox(mvc, police)).anyMatch(t -> t.contains("Record the police response to a disclosure"));
        assertThat(page(school, "/disclosures/" + disclosure).text()).contains("No police response has been recorded");

        int version = version(disclosure);
        Document early = Jsoup.parse(fixtures.send(
                        mvc,
                        police,
                        "/disclosures/" + disclosure + "/response",
                        response("INVESTIGATION_OPENED", passed.minusDays(2), "", version))
                .getContentAsString());
        assertThat(early.select(".govuk-error-summary").text())
                .contains("on or after the day the disclosure was passed to the police");
        Document noReason = Jsoup.parse(fixtures.send(
                        mvc,
                        police,
                        "/disclosures/" + disclosure + "/response",
                        response("NO_FURTHER_ACTION", passed.plusDays(2), "", version))
                .getContentAsString());
        assertThat(noReason.select(".govuk-error-summary").text())
                .contains("Say why the police took no further action");
        assertThat(version(disclosure)).isEqualTo(version);
        assertThat(responseCode(disclosure)).isEmpty();

        fixtures.send(
                mvc,
                police,
                "/disclosures/" + disclosure + "/response",
                response(
                        "NO_FURTHER_ACTION",
                        passed.plusDays(2),
                        "The young person did not want to make a statement",
                        version));
        assertThat(responseCode(disclosure)).contains("NO_FURTHER_ACTION");
        assertThat(cases.inbox(mvc, school)).noneMatch(t -> t.contains("No police response"));
        assertThat(cases.inbox(mvc, police)).noneMatch(t -> t.contains("Record the police response"));
        assertThat(chronology(child)).contains("referrals.disclosure", "referrals.police-response");
        assertThat(jdbc.sql(
                                "SELECT significant FROM chronology_entry WHERE child_id = :c AND event_type = 'referrals.disclosure'")
                        .param("c", child)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aDisclosureRecordedHereProposesALinkToAnalysts() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        long child = cases.child(school, "Olwen");
        LocalDate made = LocalDate.now(LONDON).minusDays(2);
        fixtures.send(mvc, school, "/children/" + child + "/disclosures", disclosure(made, made));
        long disclosure = latest(child);

        assertThat(jdbc.sql("""
                                SELECT kind || ':' || description || ':' || area_id FROM intel_link_proposal
                                 WHERE evidence_kind = 'REFERRAL_DISCLOSURE' AND evidence_id = :id
                                """).param("id", disclosure).query(String.class).list())
                .containsExactly("PERSON:A man called Dex, about 30:" + cases.areaOf(school));
    }

    @Test
    void theDisclosuresSubjectIsNamedAsAPersonRecordFoundBySearchWithinScopeOnly() throws Exception {
        // Adults recorded through the people module, so its search index knows them (as a practitioner does when
        // linking the people involved in a missing episode).
        TestAccounts.Account school = accounts.create("PRACTITIONER");
        TestAccounts.Account elsewhere = accounts.create("PRACTITIONER");
        long child = cases.child(school, "Morwenna");
        long subject = adult(school, "Ysolde", "Penrose");
        long outside = adult(elsewhere, "Ysolde", "Penrose");
        LocalDate made = LocalDate.now(LONDON).minusDays(2);
        fixtures.send(mvc, school, "/children/" + child + "/disclosures", disclosure(made, made));
        long disclosure = latest(child);
        String base = "/disclosures/" + disclosure + "/subject";
        assertThat(page(school, "/disclosures/" + disclosure)
                        .select("#name-subject")
                        .attr("href"))
                .isEqualTo(base);
        assertThat(page(school, base).select("#subject-description").text()).isEqualTo("A man called Dex, about 30");

        Document found = Jsoup.parse(fixtures.send(mvc, school, base + "/search", Map.of("q", "Ysolde Penrose"))
                .getContentAsString());
        assertThat(found.select("#found-people input[name=personId]").eachAttr("value"))
                .contains(String.valueOf(subject))
                .doesNotContain(String.valueOf(outside));
        int version = version(disclosure);
        Document refused = Jsoup.parse(fixtures.send(
                        mvc,
                        school,
                        base,
                        Map.of("personId", String.valueOf(outside), "version", String.valueOf(version)))
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text()).contains("Search again");
        Document stale = Jsoup.parse(fixtures.send(
                        mvc,
                        school,
                        base,
                        Map.of("personId", String.valueOf(subject), "version", String.valueOf(version + 5)))
                .getContentAsString());
        assertThat(stale.select(".govuk-error-summary").text()).contains("Nothing was saved");
        assertThat(aboutPerson(disclosure)).as("nothing saved").isNull();

        assertThat(fixtures.send(
                                mvc,
                                school,
                                base,
                                Map.of("personId", String.valueOf(subject), "version", String.valueOf(version)))
                        .getRedirectedUrl())
                .isEqualTo("/disclosures/" + disclosure);
        assertThat(aboutPerson(disclosure)).isEqualTo(subject);
        assertThat(page(school, "/disclosures/" + disclosure)
                        .select("#subject-record")
                        .attr("href"))
                .isEqualTo("/people/" + subject);
        assertThat(mvc.perform(get(base).with(user(accounts.principal(elsewhere))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private long adult(TestAccounts.Account by, String given, String family) {
        return TestAccounts.as(
                accounts.principal(by),
                () -> linkable.recordAdult(
                        given, family, cases.areaOf(by), List.of(), "", (app.haven.platform.HavenPrincipal)
                                accounts.principal(by)));
    }

    private Long aboutPerson(long disclosure) {
        // Null until a record is named: single() refuses a null value, a list keeps it.
        return jdbc.sql("SELECT about_person_id FROM disclosure WHERE id = :id")
                .param("id", disclosure)
                .query(Long.class)
                .list()
                .get(0);
    }

    @Test
    void aDisclosureCannotBePassedToThePoliceBeforeItWasMade() throws Exception {
        TestAccounts.Account school = fixtures.schoolLead();
        long child = cases.child(school, "Olwen");
        LocalDate made = LocalDate.now(LONDON).minusDays(3);
        Document refused = Jsoup.parse(
                fixtures.send(mvc, school, "/children/" + child + "/disclosures", disclosure(made, made.minusDays(1)))
                        .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text()).contains("before it was disclosed");
        assertThat(refused.select("#words").text()).contains("made me meet");
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure WHERE child_id = :c")
                        .param("c", child)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aReturnInterviewsDisclosureBecomesOneDisclosureRecordWithThePoliceResponseTracked() throws Exception {
        TestAccounts.Account worker = fixtures.serviceWorker(fixtures.schoolLead());
        long child = cases.child(worker, "Pryderi");
        long episode = jdbc.sql("""
                        INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                               ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by, recorded_at,
                               return_recorded_by, return_recorded_at)
                        VALUES (:child, :area, 'MISSING', 'Carer', now() - interval '3 days', now() - interval '3 days',
                                now() - interval '2 days', 'MEDIUM', 'Overnight', 'PC Test', false, :user,
                                now() - interval '3 days', :user, now() - interval '2 days')
                        RETURNING id
                        """)
                .param("child", child)
                .param("area", cases.areaOf(worker))
                .param("user", worker.id())
                .query(Long.class)
                .single();
        Instant madeAt = Instant.now().minus(1, ChronoUnit.DAYS);
        DisclosureMade made = new DisclosureMade(
                "return-interview:" + episode,
                episode,
                episode,
                child,
                "He took pictures of me at the flat",
                Optional.of("Jay, about 25"),
                true,
                madeAt,
                worker.id(),
                fixtures.agencyOf(worker));
        for (int i = 0; i < 2; i++) {
            TestAccounts.as(
                    accounts.principal(worker),
                    () -> transactions.execute(status -> {
                        events.publishEvent(made);
                        return null;
                    }));
        }
        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT words, about_description, source, response_due_on FROM disclosure WHERE child_id = :c")
                .param("c", child)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("words", "He took pictures of me at the flat")
                .containsEntry("about_description", "Jay, about 25")
                .containsEntry("source", "return-interview:" + episode);
        assertThat(rows.get(0).get("response_due_on")).isNotNull();
        assertThat(jdbc.sql("SELECT evidence_kind FROM intel_link_proposal WHERE child_id = :c")
                        .param("c", child)
                        .query(String.class)
                        .list())
                .as("proposed once, from the interview, not again from the copy")
                .containsExactly("DISCLOSURE");
    }

    @Test
    void nrmDecisionsAreDatedInOrderAndChasedWhenOverdue() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long child = cases.child(coordinator, "Rhiannon");
        LocalDate submitted = LocalDate.now(LONDON).minusDays(20);
        Map<String, String> fields = new HashMap<>(Map.of(
                "firstResponder", "Coordinator, children's social care",
                "exploitation", "Moved between towns to sell drugs"));
        date(fields, "submitted", submitted);
        assertThat(fixtures.send(mvc, coordinator, "/children/" + child + "/nrm-referrals", fields)
                        .getRedirectedUrl())
                .startsWith("/nrm-referrals/");
        long nrm = jdbc.sql("SELECT max(id) FROM nrm_referral WHERE child_id = :c")
                .param("c", child)
                .query(Long.class)
                .single();
        assertThat(cases.inbox(mvc, coordinator)).anyMatch(t -> t.contains("NRM reasonable grounds decision overdue"));

        Document early = Jsoup.parse(fixtures.send(
                        mvc,
                        coordinator,
                        "/nrm-referrals/" + nrm + "/reasonable-grounds",
                        decision(submitted.minusDays(1), "POSITIVE", nrm))
                .getContentAsString());
        assertThat(early.select(".govuk-error-summary").text()).contains("on or after the referral was submitted");
        Document tooSoon = Jsoup.parse(fixtures.send(
                        mvc,
                        coordinator,
                        "/nrm-referrals/" + nrm + "/conclusive-grounds",
                        decision(submitted.plusDays(3), "POSITIVE", nrm))
                .getContentAsString());
        assertThat(tooSoon.select(".govuk-error-summary").text())
                .contains("follows a positive reasonable-grounds decision");

        fixtures.send(
                mvc,
                coordinator,
                "/nrm-referrals/" + nrm + "/reasonable-grounds",
                decision(submitted.plusDays(3), "POSITIVE", nrm));
        assertThat(cases.inbox(mvc, coordinator)).noneMatch(t -> t.contains("NRM reasonable grounds"));
        assertThat(jdbc.sql("SELECT conclusive_due_on FROM nrm_referral WHERE id = :id")
                        .param("id", nrm)
                        .query(java.sql.Date.class)
                        .single()
                        .toLocalDate())
                .isEqualTo(submitted.plusDays(3).plusDays(90));
        fixtures.send(
                mvc,
                coordinator,
                "/nrm-referrals/" + nrm + "/conclusive-grounds",
                decision(submitted.plusDays(15), "POSITIVE", nrm));
        assertThat(jdbc.sql("SELECT conclusive_outcome FROM nrm_referral WHERE id = :id")
                        .param("id", nrm)
                        .query(String.class)
                        .single())
                .isEqualTo("POSITIVE");
        assertThat(chronology(child)).contains("referrals.nrm-submitted", "referrals.nrm-decision");
    }

    private Map<String, String> decision(LocalDate on, String outcome, long nrm) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "outcome",
                outcome,
                "version",
                String.valueOf(jdbc.sql("SELECT version FROM nrm_referral WHERE id = :id")
                        .param("id", nrm)
                        .query(Integer.class)
                        .single())));
        date(fields, "decided", on);
        return fields;
    }

    static Map<String, String> disclosure(LocalDate made, LocalDate passed) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "disclosedBy", "The young person",
                "disclosedTo", "Ms Tregarth, designated safeguarding lead",
                "words", "He said I owed him for the phone and made me meet his friends",
                "verbatim", "yes",
                "aboutDescription", "A man called Dex, about 30",
                "kind", "SEXUAL_EXPLOITATION",
                "passed", "yes",
                "passedBy", "Ms Tregarth",
                "policeReference", "CH/2026/0412"));
        date(fields, "disclosed", made);
        date(fields, "passedOn", passed);
        return fields;
    }

    static Map<String, String> response(String code, LocalDate on, String reason, int version) {
        Map<String, String> fields =
                new HashMap<>(Map.of("response", code, "responseReason", reason, "version", String.valueOf(version)));
        date(fields, "respondedOn", on);
        return fields;
    }

    static void date(Map<String, String> fields, String name, LocalDate on) {
        fields.put(name + ".day", String.valueOf(on.getDayOfMonth()));
        fields.put(name + ".month", String.valueOf(on.getMonthValue()));
        fields.put(name + ".year", String.valueOf(on.getYear()));
    }

    private long latest(long child) {
        return jdbc.sql("SELECT max(id) FROM disclosure WHERE child_id = :c")
                .param("c", child)
                .query(Long.class)
                .single();
    }

    private int version(long disclosure) {
        return jdbc.sql("SELECT version FROM disclosure WHERE id = :id")
                .param("id", disclosure)
                .query(Integer.class)
                .single();
    }

    private Optional<String> responseCode(long disclosure) {
        return jdbc.sql("SELECT response_code FROM disclosure WHERE id = :id")
                .param("id", disclosure)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .single();
    }

    private List<String> chronology(long child) {
        return jdbc.sql("SELECT event_type FROM chronology_entry WHERE child_id = :c ORDER BY id")
                .param("c", child)
                .query(String.class)
                .list();
    }

    private Document page(TestAccounts.Account as, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
