package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import app.haven.platform.MeasurePeriod;
import app.haven.platform.MeasureSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The engagement module's measures, counted from known data recorded through the pages in an area of its own: a
 * published resource viewed three times, two concerns (one closed), a training session of 12 people against a
 * headcount of 40, a school event for 60 pupils, and survey answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EngagementMeasuresIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EngagementFixtures fx;

    @Autowired
    List<MeasureSource> sources;

    @Autowired
    ResourceViewCounts viewCounts;

    @Test
    void theMeasuresCountWhatWasRecordedInTheArea() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long area = fx.areaOf(coordinator);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

        long resource = Long.parseLong(
                send(coordinator, ResourceLibraryIT.valid(multipart("/engagement/resources"), "Measured"))
                        .getResponse()
                        .getRedirectedUrl()
                        .replace("/engagement/resources/", ""));
        send(coordinator, post("/engagement/resources/" + resource + "/publish").param("version", "0"));
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/public/resources/" + resource));
        }
        viewCounts.flush();
        for (String what : List.of("First " + UUID.randomUUID(), "Second " + UUID.randomUUID())) {
            mvc.perform(ConcernsIT.filled(EngagementFixtures.newClient(), area, what, UUID.randomUUID())
                    .with(csrf()));
        }
        long concern = fx.jdbc
                .sql("SELECT min(id) FROM community_concern WHERE area_id = :a")
                .param("a", area)
                .query(Long.class)
                .single();
        send(
                coordinator,
                post("/engagement/concerns/" + concern + "/close")
                        .param("version", "0")
                        .param("reason", "NOT_ENOUGH_DETAIL"));
        long agency = fx.jdbc
                .sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", coordinator.id())
                .query(Long.class)
                .single();
        send(
                coordinator,
                post("/engagement/training/sessions")
                        .param("course", "CSE_AWARENESS")
                        .param("heldOn.day", String.valueOf(today.getDayOfMonth()))
                        .param("heldOn.month", String.valueOf(today.getMonthValue()))
                        .param("heldOn.year", String.valueOf(today.getYear()))
                        .param("trainer", "Partnership trainer")
                        .param("agency", String.valueOf(agency), String.valueOf(agency))
                        .param("role", "SOCIAL_WORKER", "TEACHER")
                        .param("attended", "8", "4")
                        .param("evaluations", "10")
                        .param("moreConfident", "9"));
        send(
                coordinator,
                post("/engagement/training/headcount")
                        .param("headcountAgency", String.valueOf(agency))
                        .param("headcount", "40"));
        send(
                coordinator,
                post("/engagement/events")
                        .param("heldOn.day", String.valueOf(today.getDayOfMonth()))
                        .param("heldOn.month", String.valueOf(today.getMonthValue()))
                        .param("heldOn.year", String.valueOf(today.getYear()))
                        .param("setting", "SCHOOL")
                        .param("venue", "Brook Lane Primary")
                        .param("audience", "CHILDREN_9_11")
                        .param("yearGroups", "5", "6")
                        .param("attendance", "60")
                        .param("partners", "2engage")
                        .param("topics", "ONLINE_SAFETY"));

        LocalDate from = today.minusDays(1);
        LocalDate to = today.plusDays(1);
        assertThat(count(EngagementMeasures.RESOURCES_PUBLISHED, area, from, to))
                .containsEntry("LEAFLET", 1L);
        assertThat(count(EngagementMeasures.RESOURCE_VIEWS, area, from, to)).containsEntry("LEAFLET", 3L);
        assertThat(count(EngagementMeasures.CONCERNS, area, from, to))
                .containsEntry("NEW", 1L)
                .containsEntry("CLOSED:NOT_ENOUGH_DETAIL", 1L);
        assertThat(count(EngagementMeasures.PEOPLE_TRAINED, area, from, to)).containsEntry("CSE_AWARENESS", 12L);
        assertThat(count(EngagementMeasures.HEADCOUNT, area, from, to)).containsEntry("", 40L);
        assertThat(count(EngagementMeasures.EVENTS, area, from, to)).containsEntry("SCHOOL", 1L);
        assertThat(count(EngagementMeasures.REACH, area, from, to)).containsEntry("CHILDREN_9_11", 60L);
        assertThat(count(EngagementMeasures.RESOURCES_PUBLISHED, area, to, to.plusDays(7)))
                .as("nothing outside the period")
                .isEmpty();

        List<MeasurePeriod> periods = List.of(new MeasurePeriod(from, to), new MeasurePeriod(to, to.plusDays(7)));
        List<String> codes = engagement().measures().stream()
                .map(MeasureSource.Measure::code)
                .toList();
        Map<String, List<List<MeasureSource.Count>>> together = engagement()
                .countAll(
                        java.util.stream.IntStream.range(0, codes.size())
                                .mapToObj(i -> codes.get(codes.size() - 1 - i))
                                .toList(),
                        periods);
        assertThat(inArea(together.get(EngagementMeasures.RESOURCE_VIEWS).get(0), area))
                .isEqualTo(Map.of("LEAFLET", 3L));
        assertThat(inArea(together.get(EngagementMeasures.RESOURCE_VIEWS).get(1), area))
                .isEmpty();
        for (String code : codes) {
            for (int i = 0; i < periods.size(); i++) {
                assertThat(inArea(together.get(code).get(i), area))
                        .as("%s read with the others, period %d", code, i)
                        .isEqualTo(count(
                                code,
                                area,
                                periods.get(i).from(),
                                periods.get(i).toExclusive()));
            }
        }
    }

    @Test
    void theModuleIsOneOfTheMeasureSourcesAndNamesEachMeasureOnce() {
        MeasureSource engagement = sources.stream()
                .filter(EngagementMeasures.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(engagement.measures())
                .extracting(MeasureSource.Measure::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.startsWith("engagement."));
        assertThat(engagement.measures())
                .extracting(MeasureSource.Measure::priority)
                .allMatch(p -> p >= 1 && p <= 3);
    }

    private Map<String, Long> count(String measure, long area, LocalDate from, LocalDate to) {
        return inArea(engagement().count(measure, from, to), area);
    }

    private MeasureSource engagement() {
        return sources.stream()
                .filter(EngagementMeasures.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Long> inArea(List<MeasureSource.Count> counts, long area) {
        return counts.stream()
                .filter(c -> c.areaId() != null && c.areaId() == area)
                .collect(Collectors.toMap(MeasureSource.Count::category, MeasureSource.Count::count));
    }

    private org.springframework.test.web.servlet.MvcResult send(
            TestAccounts.Account as, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn();
    }
}
