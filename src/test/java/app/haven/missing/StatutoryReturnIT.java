package app.haven.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.haven.cases.CaseFixtures;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The SSDA903 missing table: read back and checked against the rules; a return with a breaking row is refused. */
@SpringBootTest
@AutoConfigureMockMvc
class StatutoryReturnIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MissingFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReturnHoldsLookedAfterChildrensMissingAndAwayEpisodesAndObeysTheRules() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long child = cases.child(coordinator, "Delyth");
        long notLookedAfter = cases.child(coordinator, "Elen");
        fixtures.lookedAfter(child);
        Instant t = Instant.now();
        episode(
                coordinator,
                child,
                "MISSING",
                t.minus(Duration.ofHours(30)),
                Optional.of(t.minus(Duration.ofHours(26))));
        episode(
                coordinator,
                child,
                "ABSENT",
                t.minus(Duration.ofHours(25)),
                Optional.of(t.minus(Duration.ofHours(24))));
        episode(coordinator, child, "AWAY", t.minus(Duration.ofHours(20)), Optional.empty());
        episode(coordinator, notLookedAfter, "MISSING", t.minus(Duration.ofHours(20)), Optional.empty());

        MockHttpServletResponse response = export(coordinator, yearOf(t.minus(Duration.ofHours(30))));
        assertThat(response.getStatus()).isEqualTo(200);
        List<String[]> rows =
                response.getContentAsString().lines().map(l -> l.split(",", -1)).toList();
        assertThat(rows.get(0)).containsExactly("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END");
        List<String[]> body = rows.subList(1, rows.size());
        assertThat(body)
                .as("absences and children not looked after are not in the return")
                .hasSize(2);
        assertThat(body).allSatisfy(r -> assertThat(r[0]).isEqualTo(String.valueOf(child)));
        assertThat(body.stream().map(r -> r[2])).containsExactly("M", "A");
        assertThat(body.get(1)[4]).as("an open episode has no end").isEmpty();
        LocalDate born = LocalDate.parse(body.get(0)[1], DATE);
        LocalDate previousEnd = null;
        for (String[] row : body) {
            LocalDate start = LocalDate.parse(row[3], DATE);
            assertThat(start).isAfterOrEqualTo(born);
            if (!row[4].isEmpty()) {
                assertThat(LocalDate.parse(row[4], DATE)).isAfterOrEqualTo(start);
            }
            if (previousEnd != null) {
                assertThat(start).isAfterOrEqualTo(previousEnd);
            }
            previousEnd = row[4].isEmpty() ? LocalDate.MAX : LocalDate.parse(row[4], DATE);
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'export' AND subject_type = 'ssda903-missing'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aReturnWithABreakingRowIsRefusedWithTheRowsNamed() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long kept = cases.child(coordinator, "Ffion");
        long duplicate = cases.child(coordinator, "Ffion");
        fixtures.lookedAfter(kept);
        fixtures.lookedAfter(duplicate);
        Instant t = Instant.now();
        episode(
                coordinator,
                kept,
                "MISSING",
                t.minus(Duration.ofHours(30)),
                Optional.of(t.minus(Duration.ofHours(20))));
        episode(
                coordinator,
                duplicate,
                "MISSING",
                t.minus(Duration.ofHours(25)),
                Optional.of(t.minus(Duration.ofHours(22))));
        // Two records of one child, each with an episode, are merged: their episodes overlap on the return.
        jdbc.sql("UPDATE person SET merged_into = :kept WHERE id = :duplicate")
                .param("kept", kept)
                .param("duplicate", duplicate)
                .update();

        MockHttpServletResponse response = export(coordinator, yearOf(t.minus(Duration.ofHours(30))));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("#return-breaches li")
                        .eachText())
                .containsExactly("CHILD " + kept + ", MIS_START "
                        + ReturnRowCheck.date(t.minus(Duration.ofHours(25))) + ": overlaps the episode starting "
                        + ReturnRowCheck.date(t.minus(Duration.ofHours(30))));
    }

    private int yearOf(Instant instant) {
        LocalDate day = instant.atZone(InterviewDeadline.LONDON).toLocalDate();
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    private MockHttpServletResponse export(TestAccounts.Account as, int year) throws Exception {
        return mvc.perform(get("/missing/ssda903.csv?year=" + year + "&area=" + cases.areaOf(as))
                        .with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }

    private void episode(TestAccounts.Account by, long child, String category, Instant start, Optional<Instant> end)
            throws Exception {
        Map<String, String> fields = new HashMap<>(MissingFixtures.reportFields(start));
        fields.put("category", category);
        fixtures.send(mvc, by, "/children/" + child + "/missing-episodes", fields);
        if (end.isPresent()) {
            fixtures.recordReturn(mvc, by, fixtures.latestEpisode(child), end.get());
        }
    }

    static String[] split(String line) {
        return Arrays.stream(line.split(",", -1)).toArray(String[]::new);
    }
}
