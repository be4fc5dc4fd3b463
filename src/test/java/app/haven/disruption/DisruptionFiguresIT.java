package app.haven.disruption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import app.haven.platform.DebriefThemes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the injected clock and the recorded rows drive: the expiry task appears in the inbox from the lead time before
 * expiry and goes when the measure ends or moves with a renewal; the partnership's measures and the debrief themes are
 * counted from what was recorded; the comparison page's rate is worked from the prosecutions and population entered,
 * and a CSV with a bad line saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class DisruptionFiguresIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DisruptionFixtures fx;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DisruptionMeasureSource source;

    @Autowired
    DebriefThemes themes;

    private LocalDate today() {
        return DisruptionDates.today(clock);
    }

    @Test
    void theExpiryTaskShowsFromTheLeadTimeBeforeExpiryAndGoesWhenTheMeasureEnds() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        long adult = fx.adultOfConcern(officer, "Gideon", "Hale");
        String path = send(officer, measure(adult, "CAWN", today(), today().plusDays(40)))
                .getRedirectedUrl();
        String reference = "M-" + path.substring(path.lastIndexOf('/') + 1);
        assertThat(inbox(officer)).doesNotContain(reference);
        clock.advance(Duration.ofDays(11));
        assertThat(inbox(officer)).doesNotContain(reference);
        clock.advance(Duration.ofDays(2));
        assertThat(inbox(officer)).contains("Child Abduction Warning Notice " + reference + " expires on");
        assertThat(send(
                                officer,
                                post(path + "/end")
                                        .param("endedOn.day", String.valueOf(today().getDayOfMonth()))
                                        .param("endedOn.month", String.valueOf(today().getMonthValue()))
                                        .param("endedOn.year", String.valueOf(today().getYear()))
                                        .param("reason", "Discharged by the court")
                                        .param("version", "0"))
                        .getRedirectedUrl())
                .isEqualTo(path);
        assertThat(inbox(officer)).doesNotContain(reference);
    }

    @Test
    void renewingMovesTheTaskToTheNewExpiryAndAStaleRenewalChangesNothing() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        long hotel = fx.hotel(officer, "Riverside Inn " + System.nanoTime());
        String path = send(officer, measure(hotel, "S116_NOTICE", today().minusMonths(5), today().plusDays(10)))
                .getRedirectedUrl();
        String reference = "M-" + path.substring(path.lastIndexOf('/') + 1);
        assertThat(inbox(officer)).contains(reference);
        LocalDate renewed = today().plusMonths(5);
        assertThat(send(officer, renew(path, renewed, 0)).getRedirectedUrl()).isEqualTo(path);
        assertThat(inbox(officer)).doesNotContain(reference);
        MockHttpServletResponse stale = send(officer, renew(path, renewed.plusDays(1), 0));
        assertThat(Jsoup.parse(stale.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains("Nothing was saved");
        assertThat(jdbc.sql("SELECT expires_on FROM disruption_measure WHERE id = :id")
                        .param("id", Long.parseLong(reference.substring(2)))
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(renewed);
    }

    @Test
    void theMeasuresAndDebriefThemesAreCountedFromWhatWasRecorded() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        long area = fx.cases.areaOf(officer);
        long adult = fx.adultOfConcern(officer, "Gideon", "Vance");
        long child = fx.child(officer, "Jade");
        LocalDate from = today().minusMonths(1);
        String cawn = send(officer, measure(adult, "CAWN", today().minusDays(3), null))
                .getRedirectedUrl();
        send(officer, measure(adult, "SRO", today().minusDays(2), null));
        send(
                officer,
                post(cawn + "/breaches")
                        .param("breachOn.day", String.valueOf(today().getDayOfMonth()))
                        .param("breachOn.month", String.valueOf(today().getMonthValue()))
                        .param("breachOn.year", String.valueOf(today().getYear()))
                        .param("what", "Contacted the child online")
                        .param("action", "Arrested"));
        String charged = send(
                        officer,
                        post("/disruption/prosecutions")
                                .param("suspect", String.valueOf(adult))
                                .param("offences", "SOA_S15A")
                                .param("chargedOn.day", String.valueOf(today().getDayOfMonth()))
                                .param("chargedOn.month", String.valueOf(today().getMonthValue()))
                                .param("chargedOn.year", String.valueOf(today().getYear()))
                                .param("victims", "P-" + child)
                                .param("outcome", "CONVICTED")
                                .param("outcomeOn.day", String.valueOf(today().getDayOfMonth()))
                                .param("outcomeOn.month", String.valueOf(today().getMonthValue()))
                                .param("outcomeOn.year", String.valueOf(today().getYear())))
                .getRedirectedUrl();
        assertThat(charged).startsWith("/disruption/prosecutions/");
        List<String> debrief = List.of("PLATFORM_GAMING", "GROOMING_DEBT");
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequestBuilder request = post("/disruption/entities/" + adult + "/debriefs")
                    .param("heldOn.day", String.valueOf(today().getDayOfMonth()))
                    .param("heldOn.month", String.valueOf(today().getMonthValue()))
                    .param("heldOn.year", String.valueOf(today().getYear()))
                    .param("notes", "Debrief " + i);
            request.param("themes", i == 0 ? debrief.toArray(String[]::new) : new String[] {"PLATFORM_GAMING"});
            assertThat(send(officer, request).getRedirectedUrl()).isEqualTo("/disruption/entities/" + adult);
        }
        LocalDate to = today().plusDays(1);
        assertThat(counts(DisruptionMeasureSource.BY_TYPE, area, from, to))
                .containsExactlyInAnyOrder("Child Abduction Warning Notice=1", "Sexual Risk Order=1");
        assertThat(counts(DisruptionMeasureSource.BREACHES, area, from, to)).containsExactly("=1");
        assertThat(counts(DisruptionMeasureSource.PROSECUTIONS, area, from, to))
                .containsExactlyInAnyOrder("Charged=1", "Convicted=1");
        assertThat(counts(DisruptionMeasureSource.PERSONS, area, from, to)).containsExactly("=1");
        assertThat(counts(DisruptionMeasureSource.BY_TYPE, area, to, to.plusDays(5)))
                .isEmpty();
        assertThat(themes.mostFrequent(10))
                .filteredOn(t -> debrief.contains(t.code()))
                .isNotEmpty();
        assertThat(themes.mostFrequent(1)).hasSize(1);
        long gaming = themes.mostFrequent(20).stream()
                .filter(t -> t.code().equals("PLATFORM_GAMING"))
                .findFirst()
                .orElseThrow()
                .debriefs();
        long debt = themes.mostFrequent(20).stream()
                .filter(t -> t.code().equals("GROOMING_DEBT"))
                .findFirst()
                .orElseThrow()
                .debriefs();
        assertThat(gaming - debt).isEqualTo(1);
    }

    @Test
    void theComparisonPageWorksTheAreasRateAndABadCsvLineSavesNothing() throws Exception {
        TestAccounts.Account officer = accounts.create("POLICE_INVESTIGATOR");
        TestAccounts.Account analyst = accounts.partner(officer, "PARTNERSHIP_ANALYST");
        long area = fx.cases.areaOf(officer);
        long adult = fx.adultOfConcern(officer, "Gideon", "Rowe");
        int year = today().getYear();
        for (int i = 0; i < 3; i++) {
            send(
                    officer,
                    post("/disruption/prosecutions")
                            .param("suspect", String.valueOf(adult))
                            .param("offences", "SOA_S48")
                            .param("chargedOn.day", String.valueOf(today().getDayOfMonth()))
                            .param("chargedOn.month", String.valueOf(today().getMonthValue()))
                            .param("chargedOn.year", String.valueOf(year)));
        }
        assertThat(send(
                                analyst,
                                post("/disruption/comparison/populations")
                                        .param("popArea", String.valueOf(area))
                                        .param("popYear", String.valueOf(year))
                                        .param("popChildren", "24,000")
                                        .param("popSource", "ONS mid-year estimates"))
                        .getRedirectedUrl())
                .isEqualTo("/disruption/comparison?year=" + year);
        long rates = fx.count("disruption_comparator_rate");
        MockHttpServletResponse bad = send(
                analyst,
                post("/disruption/comparison/import")
                        .param(
                                "csv",
                                "area,year,rate,source\nNorthmoor," + year
                                        + ",1.85,Home Office\nWestfold,last,1.2,HO\n"));
        Document refused = Jsoup.parse(bad.getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Line 3: the year must be a whole number between 2000 and 2100");
        assertThat(refused.select("#csv").text()).contains("Westfold,last");
        assertThat(fx.count("disruption_comparator_rate")).isEqualTo(rates);
        assertThat(send(
                                analyst,
                                post("/disruption/comparison/import")
                                        .param(
                                                "csv",
                                                "area,year,rate,source\nNorthmoor " + area + "," + year
                                                        + ",1.85,Home Office\n"))
                        .getRedirectedUrl())
                .isEqualTo("/disruption/comparison?year=" + year);

        MockHttpServletResponse page = send(analyst, get("/disruption/comparison?year=" + year));
        Document shown = Jsoup.parse(page.getContentAsString());
        String areaName = jdbc.sql("SELECT name FROM area WHERE id = :id")
                .param("id", area)
                .query(String.class)
                .single();
        // 3 prosecutions over 24,000 children: 3 x 10,000 / 24,000 = 1.25 per 10,000.
        assertThat(shown.select("#own tr:contains(" + areaName + ")").text())
                .isEqualTo(areaName + " 24,000 3 1.25 ONS mid-year estimates");
        assertThat(shown.select("#comparators").text()).contains("Northmoor " + area + " 1.85 Home Office");
        assertThat(send(officer, post("/disruption/comparison/import").param("csv", "x"))
                        .getStatus())
                .isEqualTo(403);
    }

    private List<String> counts(String measure, long area, LocalDate from, LocalDate to) {
        return source.count(measure, from, to).stream()
                .filter(c -> c.areaId() != null && c.areaId() == area)
                .map(c -> c.category() + "=" + c.count())
                .toList();
    }

    private String inbox(TestAccounts.Account as) throws Exception {
        return Jsoup.parse(send(as, get("/")).getContentAsString()).text();
    }

    private MockHttpServletRequestBuilder measure(long subject, String type, LocalDate issued, LocalDate expiry) {
        MockHttpServletRequestBuilder request = post("/disruption/measures")
                .param("subject", String.valueOf(subject))
                .param("type", type)
                .param("issuedOn.day", String.valueOf(issued.getDayOfMonth()))
                .param("issuedOn.month", String.valueOf(issued.getMonthValue()))
                .param("issuedOn.year", String.valueOf(issued.getYear()));
        if (expiry != null) {
            request.param("expiresOn.day", String.valueOf(expiry.getDayOfMonth()))
                    .param("expiresOn.month", String.valueOf(expiry.getMonthValue()))
                    .param("expiresOn.year", String.valueOf(expiry.getYear()));
        }
        return request;
    }

    private static MockHttpServletRequestBuilder renew(String path, LocalDate to, int version) {
        return post(path + "/renewal")
                .param("renewTo.day", String.valueOf(to.getDayOfMonth()))
                .param("renewTo.month", String.valueOf(to.getMonthValue()))
                .param("renewTo.year", String.valueOf(to.getYear()))
                .param("version", String.valueOf(version));
    }

    private MockHttpServletResponse send(TestAccounts.Account as, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }
}
