package app.haven.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.cases.CaseFixtures;
import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Meetings through the pages: the agenda's sources each bring their children with their reasons, the minutes (page and
 * PDF) show each child's section only to readers who may open the child, the quorum warning, and a planning or review
 * meeting satisfying the register's tasks.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({MutableClock.Config.class, MeetingsTestConfig.class})
class MeetingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    MeetingFixtures meetings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theAgendaBringsEachSourcesChildrenWithTheirReasonsAndLeavesOutTheRest() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        Instant now = clock.instant();
        long group = meetings.group(mvc, coordinator, List.of(coordinator));
        meetings.arranged(mvc, coordinator, group, "CSE_GROUP", "", now.minus(Duration.ofDays(20)));
        long fresh = settledCase(coordinator, "Freya", now.minus(Duration.ofDays(60)));
        jdbc.sql("UPDATE child_case SET opened_at = :at, planning_meeting_held_on = NULL WHERE child_id = :c")
                .param("at", Timestamp.from(now.minus(Duration.ofDays(3))))
                .param("c", fresh)
                .update();
        long high = settledCase(coordinator, "Hortense", now.minus(Duration.ofDays(60)));
        jdbc.sql("UPDATE child_case SET band_rank = 3, band_label = 'High' WHERE child_id = :c")
                .param("c", high)
                .update();
        long overdue = settledCase(coordinator, "Odile", now.minus(Duration.ofDays(60)));
        jdbc.sql("UPDATE child_case SET next_review_on = :d WHERE child_id = :c")
                .param("d", LocalDate.now(clock).minusDays(2))
                .param("c", overdue)
                .update();
        long missing = settledCase(coordinator, "Mabyn", now.minus(Duration.ofDays(60)));
        missingEpisode(missing, coordinator, now.minus(Duration.ofDays(5)));
        long missedLongAgo = settledCase(coordinator, "Lowenna", now.minus(Duration.ofDays(60)));
        missingEpisode(missedLongAgo, coordinator, now.minus(Duration.ofDays(40)));
        long unplanned = settledCase(coordinator, "Ursula", now.minus(Duration.ofDays(60)));
        jdbc.sql("UPDATE child_case SET planning_meeting_held_on = NULL WHERE child_id = :c")
                .param("c", unplanned)
                .update();
        long referred = cases.child(coordinator, "Rosalind");
        MeetingsTestConfig.REFERRALS.put(meetings.areaOf(coordinator), List.of(referred));
        long settled = settledCase(coordinator, "Serena", now.minus(Duration.ofDays(60)));

        long meeting = meetings.arranged(mvc, coordinator, group, "CSE_GROUP", "", now.plus(Duration.ofDays(1)));

        assertThat(meetings.reasons(meeting, fresh)).containsExactly("NEW_CASE", "NO_PLANNING_MEETING");
        assertThat(meetings.reasons(meeting, high)).containsExactly("HIGH_BAND");
        assertThat(meetings.reasons(meeting, overdue)).containsExactly("REVIEW_OVERDUE");
        assertThat(meetings.reasons(meeting, missing)).containsExactly("MISSING");
        assertThat(meetings.reasons(meeting, unplanned)).containsExactly("NO_PLANNING_MEETING");
        assertThat(meetings.reasons(meeting, referred)).containsExactly("REFERRAL");
        assertThat(meetings.reasons(meeting, missedLongAgo))
                .as("missing before the period")
                .isEmpty();
        assertThat(meetings.reasons(meeting, settled)).as("nothing to discuss").isEmpty();
        String page = meetings.page(mvc, coordinator, "/meetings/" + meeting);
        assertThat(Jsoup.parse(page).select("#agenda-items li").text())
                .contains("Hortense Quillfeather", "High band", "Odile Quillfeather", "Review overdue")
                .contains("Missing since the last meeting", "Referral awaiting a decision")
                .doesNotContain("Serena");
    }

    @Test
    void buildingTheAgendaAgainKeepsNotesAndItemsAddedByHand() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long group = meetings.group(mvc, coordinator, List.of(coordinator));
        long child = cases.child(coordinator, "Beatrix");
        cases.open(coordinator, child, coordinator, "Concerns shared at the group");
        long meeting = meetings.arranged(
                mvc, coordinator, group, "CSE_GROUP", "", clock.instant().plusSeconds(3600));
        long item = meetings.item(meeting, child);
        meetings.send(
                mvc,
                coordinator,
                "/agenda-items/" + item + "/notes",
                Map.of("notes", "Seen at the bus station", "version", String.valueOf(itemVersion(item))));
        meetings.send(
                mvc,
                coordinator,
                "/meetings/" + meeting + "/items",
                Map.of("kind", "THEME", "title", "Grooming around the old mill car park"));
        jdbc.sql("UPDATE child_case SET band_rank = 3, band_label = 'High' WHERE child_id = :c")
                .param("c", child)
                .update();

        meetings.send(mvc, coordinator, "/meetings/" + meeting + "/agenda", Map.of());

        assertThat(meetings.reasons(meeting, child)).contains("HIGH_BAND");
        assertThat(jdbc.sql("SELECT notes FROM agenda_item WHERE id = :id")
                        .param("id", item)
                        .query(String.class)
                        .single())
                .isEqualTo("Seen at the bus station");
        assertThat(jdbc.sql("SELECT count(*) FROM agenda_item WHERE meeting_id = :m AND kind = 'THEME'")
                        .param("m", meeting)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theMinutesAndTheirPdfShowEachChildOnlyToReadersWhoMayOpenThem() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account nurse = accounts.partner(coordinator, "PRACTITIONER");
        long group = meetings.group(mvc, coordinator, List.of(coordinator, nurse));
        long known = cases.child(nurse, "Winifred");
        cases.open(coordinator, known, coordinator, "Concerns shared at the group");
        long unknown = cases.child(coordinator, "Zenobia");
        cases.open(coordinator, unknown, coordinator, "Concerns shared at the group");
        long meeting = meetings.arranged(
                mvc, coordinator, group, "CSE_GROUP", "", clock.instant().plusSeconds(60));
        for (long child : List.of(known, unknown)) {
            long item = meetings.item(meeting, child);
            meetings.send(
                    mvc,
                    coordinator,
                    "/agenda-items/" + item + "/decisions",
                    Map.of("decision", "Decided about child " + child));
        }

        String mine = meetings.page(mvc, nurse, "/meetings/" + meeting + "/minutes");
        assertThat(mine).contains("Winifred Quillfeather", "Decided about child " + known);
        assertThat(mine).doesNotContain("Zenobia").doesNotContain("Decided about child " + unknown);
        assertThat(Jsoup.parse(mine).select("#hidden-children").text()).startsWith("1 child was also on the agenda");
        String coordinators = meetings.page(mvc, coordinator, "/meetings/" + meeting + "/minutes");
        assertThat(coordinators).contains("Winifred Quillfeather", "Zenobia Quillfeather");

        long before = lastAudit();
        byte[] pdf = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/meetings/" + meeting + "/minutes.pdf")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(accounts.principal(nurse))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("Winifred Quillfeather").doesNotContain("Zenobia");
        assertThat(jdbc.sql("SELECT action || ' ' || reason FROM audit_event WHERE id > :id")
                        .param("id", before)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("export minutes PDF")
                .contains(String.valueOf(known))
                .doesNotContain(String.valueOf(unknown));
        assertThat(meetings.page(mvc, nurse, "/agenda-items/" + meetings.item(meeting, unknown)))
                .doesNotContain("Zenobia");
    }

    @Test
    void aMeetingWithTooFewAgenciesPresentWarnsItIsNotQuorateAndMayStillBeHeld() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account police = accounts.partner(coordinator, "POLICE_INVESTIGATOR");
        TestAccounts.Account health = accounts.partner(coordinator, "PRACTITIONER");
        long group = meetings.group(mvc, coordinator, List.of(coordinator, police, health));
        long meeting = meetings.arranged(
                mvc, coordinator, group, "CSE_GROUP", "", clock.instant().plusSeconds(60));

        meetings.attendance(
                mvc,
                coordinator,
                meeting,
                Map.of(
                        meetings.agencyOf(coordinator),
                        "PRESENT",
                        meetings.agencyOf(police),
                        "PRESENT",
                        meetings.agencyOf(health),
                        "APOLOGIES"));

        String page = meetings.page(mvc, coordinator, "/meetings/" + meeting);
        assertThat(Jsoup.parse(page).select("#quorum-warning").text())
                .contains("Not quorate: 2 agencies present, 3 needed");
        assertThat(meetings.close(mvc, coordinator, meeting).getRedirectedUrl()).isEqualTo("/meetings/" + meeting);
        assertThat(meetings.page(mvc, coordinator, "/meetings/" + meeting + "/minutes"))
                .contains("Not quorate: 2 agencies present, 3 needed");

        long quorate = meetings.arranged(
                mvc, coordinator, group, "CSE_GROUP", "", clock.instant().plusSeconds(120));
        meetings.attendance(
                mvc,
                coordinator,
                quorate,
                Map.of(
                        meetings.agencyOf(coordinator),
                        "PRESENT",
                        meetings.agencyOf(police),
                        "PRESENT",
                        meetings.agencyOf(health),
                        "PRESENT"));
        assertThat(Jsoup.parse(meetings.page(mvc, coordinator, "/meetings/" + quorate))
                        .select("#quorum-warning"))
                .isEmpty();
    }

    @Test
    void holdingAPlanningMeetingOrAReviewMeetingSatisfiesTheRegistersTasks() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account lead = accounts.colleague(coordinator, "PRACTITIONER");
        long group = meetings.group(mvc, coordinator, List.of(coordinator));
        long child = cases.child(lead, "Philippa");
        long caseId = cases.open(coordinator, child, lead, "Concerns shared at the group");
        assertThat(cases.inbox(mvc, lead)).anyMatch(t -> t.contains("Hold the multi-agency planning meeting"));

        long planning = meetings.arranged(
                mvc,
                coordinator,
                group,
                "PLANNING",
                String.valueOf(child),
                clock.instant().minusSeconds(600));
        assertThat(meetings.close(mvc, coordinator, planning).getStatus())
                .as("closing without attendance is refused")
                .isEqualTo(200);
        assertThat(heldOn(caseId)).isEmpty();
        meetings.attendance(mvc, coordinator, planning, Map.of(meetings.agencyOf(coordinator), "PRESENT"));
        meetings.close(mvc, coordinator, planning);

        assertThat(heldOn(caseId)).contains(LocalDate.now(clock));
        assertThat(cases.inbox(mvc, lead)).noneMatch(t -> t.contains("Hold the multi-agency planning meeting"));

        long review = meetings.arranged(
                mvc,
                coordinator,
                group,
                "REVIEW",
                String.valueOf(child),
                clock.instant().minusSeconds(300));
        meetings.send(
                mvc,
                coordinator,
                "/agenda-items/" + meetings.item(review, child) + "/decisions",
                Map.of("decision", "Keep the weekly sessions"));
        meetings.attendance(mvc, coordinator, review, Map.of(meetings.agencyOf(coordinator), "PRESENT"));
        meetings.close(mvc, coordinator, review);

        assertThat(jdbc.sql("SELECT progress FROM case_review WHERE case_id = :c")
                        .param("c", caseId)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("Reviewed at the multi-agency review meeting", "Keep the weekly sessions");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM chronology_entry WHERE child_id = :c AND event_type = 'meetings.discussed'")
                        .param("c", child)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private java.util.Optional<LocalDate> heldOn(long caseId) {
        return jdbc.sql("SELECT planning_meeting_held_on FROM child_case WHERE id = :id")
                .param("id", caseId)
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getDate(1)).map(java.sql.Date::toLocalDate))
                .single();
    }

    /** A child on the register since {@code opened}, planning meeting held, review not due, band Medium. */
    private long settledCase(TestAccounts.Account coordinator, String name, Instant opened) {
        long child = cases.child(coordinator, name);
        cases.open(coordinator, child, coordinator, "Concerns shared at the group");
        jdbc.sql("""
                        UPDATE child_case SET opened_at = :at, planning_meeting_held_on = :held, band_rank = 2,
                               band_label = 'Medium', next_review_on = :review WHERE child_id = :c
                        """)
                .param("at", Timestamp.from(opened))
                .param("held", LocalDate.now(clock).minusDays(50))
                .param("review", LocalDate.now(clock).plusDays(20))
                .param("c", child)
                .update();
        return child;
    }

    private void missingEpisode(long child, TestAccounts.Account by, Instant started) {
        jdbc.sql("""
                        INSERT INTO missing_episode (child_id, area_id, category, reported_by, reported_at, started_at,
                               ended_at, risk_grade, risk_reason, graded_by, looked_after, recorded_by, recorded_at,
                               return_recorded_by, return_recorded_at, interview_due_at)
                        VALUES (:c, :area, 'MISSING', 'Carer', :start, :start, :end, 'MEDIUM', 'Out overnight',
                                'PC Test', false, :by, :start, :by, :end, :end)
                        """)
                .param("c", child)
                .param("area", meetings.areaOf(by))
                .param("start", Timestamp.from(started))
                .param("end", Timestamp.from(started.plus(Duration.ofHours(10))))
                .param("by", by.id())
                .update();
    }

    private int itemVersion(long item) {
        return jdbc.sql("SELECT version FROM agenda_item WHERE id = :id")
                .param("id", item)
                .query(Integer.class)
                .single();
    }

    private long lastAudit() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString();
    }
}
