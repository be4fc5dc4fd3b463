package app.haven.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.identity.MutableClock;
import app.haven.identity.TestAccounts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

/**
 * Running groups and meetings: the meeting settings and a group's details are saved against the version read (a stale
 * save saves nothing and shows what is saved beside what was typed); a retired group is kept and arranges nothing;
 * invitees change until the meeting is held; an agenda item names a person of concern or place only readers who may
 * see it in intelligence see.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({MutableClock.Config.class, MeetingsTestConfig.class})
class MeetingsAdminIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MeetingFixtures meetings;

    @Autowired
    app.haven.cases.CaseFixtures cases;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void meetingSettingsAreSavedAndAStaleOrContradictorySaveSavesNothing() throws Exception {
        TestAccounts.Account admin = accounts.create("SYSTEM_ADMINISTRATOR");
        Map<String, Object> before = settings();
        int version = (Integer) before.get("version");
        try {
            Document wrong = Jsoup.parse(send(
                            admin,
                            "/admin/meeting-settings",
                            Map.of(
                                    "quorum",
                                    "4",
                                    "highBand",
                                    "3",
                                    "managerDays",
                                    "5",
                                    "chairDays",
                                    "5",
                                    "version",
                                    "" + version))
                    .getContentAsString());
            assertThat(wrong.select(".govuk-error-summary").text())
                    .contains("The chair must be told later than the owner's manager");
            assertThat(wrong.select("#quorum").val()).isEqualTo("4");
            assertThat(settings()).isEqualTo(before);

            MockHttpServletResponse saved = send(
                    admin,
                    "/admin/meeting-settings",
                    Map.of(
                            "quorum",
                            "4",
                            "highBand",
                            "3",
                            "managerDays",
                            "2",
                            "chairDays",
                            "9",
                            "version",
                            "" + version));
            assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/meeting-settings");
            assertThat(settings()).containsEntry("quorum_agencies", 4).containsEntry("chair_grace_days", 9);

            Document stale = Jsoup.parse(send(
                            admin,
                            "/admin/meeting-settings",
                            Map.of(
                                    "quorum",
                                    "6",
                                    "highBand",
                                    "2",
                                    "managerDays",
                                    "1",
                                    "chairDays",
                                    "8",
                                    "version",
                                    "" + version))
                    .getContentAsString());
            assertThat(stale.select(".govuk-error-summary").text())
                    .contains("Another administrator changed these settings")
                    .contains("quorum 4 agencies");
            assertThat(stale.select("#quorum").val()).isEqualTo("6");
            assertThat(settings()).containsEntry("quorum_agencies", 4).containsEntry("high_band_rank", 3);
            TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
            assertThat(send(coordinator, "/admin/meeting-settings", Map.of("quorum", "1", "version", "" + version))
                            .getStatus())
                    .isEqualTo(403);
        } finally {
            jdbc.sql("""
                            UPDATE meeting_setting SET quorum_agencies = :q, high_band_rank = :h,
                                   manager_grace_days = :m, chair_grace_days = :c
                            """)
                    .param("q", before.get("quorum_agencies"))
                    .param("h", before.get("high_band_rank"))
                    .param("m", before.get("manager_grace_days"))
                    .param("c", before.get("chair_grace_days"))
                    .update();
        }
    }

    @Test
    void aGroupsMembersAndTermsChangeAgainstTheVersionReadAndARetiredGroupIsKeptAndArrangesNothing() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account officer = accounts.partner(coordinator, "POLICE_INVESTIGATOR");
        long group = meetings.group(mvc, coordinator, List.of(coordinator));
        int version = groupVersion(group);
        Map<String, String> change = Map.of(
                "name", "Renamed group " + group,
                "chair", "" + coordinator.id(),
                "terms", "Meets monthly to track children at risk",
                "agencies", "" + meetings.agencyOf(coordinator),
                "people", "" + officer.id(),
                "version", "" + version);
        assertThat(send(coordinator, "/meeting-groups/" + group + "/edit", change)
                        .getRedirectedUrl())
                .isEqualTo("/meeting-groups/" + group);
        assertThat(members(group)).contains(officer.id());
        String page = meetings.page(mvc, coordinator, "/meeting-groups/" + group);
        assertThat(page).contains("Renamed group " + group, "Meets monthly", officer.displayName());

        Document stale = Jsoup.parse(send(
                        coordinator,
                        "/meeting-groups/" + group + "/edit",
                        Map.of(
                                "name", "Stale name",
                                "chair", "" + coordinator.id(),
                                "agencies", "" + meetings.agencyOf(coordinator),
                                "version", "" + version))
                .getContentAsString());
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone changed this group");
        assertThat(stale.select("#saved-version").text()).contains("Renamed group " + group);
        assertThat(stale.select("#name").val()).isEqualTo("Stale name");
        assertThat(groupName(group)).isEqualTo("Renamed group " + group);

        assertThat(send(coordinator, "/meeting-groups/" + group + "/retire", Map.of("version", "" + version))
                        .getStatus())
                .isEqualTo(200);
        assertThat(send(
                                coordinator,
                                "/meeting-groups/" + group + "/retire",
                                Map.of("version", "" + groupVersion(group)))
                        .getRedirectedUrl())
                .isEqualTo("/meeting-groups/" + group);
        long meetingsBefore = count("SELECT count(*) FROM meeting WHERE group_id = " + group);
        Document refused = Jsoup.parse(meetings.arrange(
                        mvc,
                        coordinator,
                        group,
                        "CSE_GROUP",
                        "",
                        clock.instant().plus(Duration.ofDays(7)))
                .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text()).contains("This group is retired");
        assertThat(count("SELECT count(*) FROM meeting WHERE group_id = " + group))
                .isEqualTo(meetingsBefore);
        assertThat(count("SELECT count(*) FROM meeting_group WHERE id = " + group))
                .isEqualTo(1);
        assertThat(meetings.page(mvc, coordinator, "/meeting-groups/" + group)).contains("This group is retired");
    }

    @Test
    void inviteesChangeBeforeTheMeetingIsHeldButNotFromAStalePageNorUninvitingAnAgencyWhoseAttendanceIsTaken()
            throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account officer = accounts.partner(coordinator, "POLICE_INVESTIGATOR");
        long group = meetings.group(mvc, coordinator, List.of(coordinator));
        long meeting = meetings.arranged(
                mvc, coordinator, group, "CSE_GROUP", "", clock.instant().plus(Duration.ofDays(3)));
        int version = meetings.version(meeting);
        long own = meetings.agencyOf(coordinator);
        long police = meetings.agencyOf(officer);
        Map<String, String> invite = Map.of("agencies", "" + own, "people", "" + officer.id(), "version", "" + version);
        assertThat(send(coordinator, "/meetings/" + meeting + "/invitees", invite)
                        .getRedirectedUrl())
                .isEqualTo("/meetings/" + meeting);
        assertThat(invitedAgencies(meeting)).containsExactlyInAnyOrder(own, police);
        assertThat(meetings.page(mvc, coordinator, "/meetings/" + meeting)).contains(officer.displayName());

        Document stale = Jsoup.parse(send(
                        coordinator,
                        "/meetings/" + meeting + "/invitees",
                        Map.of("agencies", "" + own, "version", "" + version))
                .getContentAsString());
        assertThat(stale.select(".govuk-error-summary").text()).contains("Someone else changed this meeting");
        assertThat(stale.select("#saved-version").text()).contains(officer.displayName());
        assertThat(invitedAgencies(meeting)).containsExactlyInAnyOrder(own, police);

        meetings.attendance(mvc, coordinator, meeting, Map.of(own, "PRESENT", police, "PRESENT"));
        Document taken = Jsoup.parse(send(
                        coordinator,
                        "/meetings/" + meeting + "/invitees",
                        Map.of("agencies", "" + own, "version", "" + meetings.version(meeting)))
                .getContentAsString());
        assertThat(taken.select(".govuk-error-summary").text())
                .contains("An agency whose attendance has been recorded cannot be uninvited");
        assertThat(invitedAgencies(meeting)).containsExactlyInAnyOrder(own, police);
        assertThat(count("SELECT count(*) FROM meeting_invitee WHERE meeting_id = " + meeting))
                .isEqualTo(1);
    }

    @Test
    void namedInviteesFindTheMeetingInTheirInboxUntilTheyOpenItAreUninvitedOrItIsHeld() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account officer = accounts.partner(coordinator, "POLICE_INVESTIGATOR");
        TestAccounts.Account nurse = accounts.partner(coordinator, "PRACTITIONER");
        TestAccounts.Account teacher = accounts.partner(coordinator, "PRACTITIONER");
        long group = meetings.group(mvc, coordinator, List.of(coordinator));
        long meeting = meetings.arranged(
                mvc, coordinator, group, "CSE_GROUP", "", clock.instant().plus(Duration.ofDays(3)));
        String notice = "Meeting invitation: ";
        assertThat(cases.inbox(mvc, officer)).noneMatch(t -> t.contains(notice));

        assertThat(send(
                                coordinator,
                                "/meetings/" + meeting + "/invitees",
                                Map.of(
                                        "agencies", "" + meetings.agencyOf(coordinator),
                                        "people", officer.id() + "",
                                        "version", "" + meetings.version(meeting)))
                        .getRedirectedUrl())
                .isEqualTo("/meetings/" + meeting);
        send(
                coordinator,
                "/meetings/" + meeting + "/invitees",
                Map.of(
                        "agencies",
                        "" + meetings.agencyOf(coordinator),
                        "people",
                        officer.id() + "," + nurse.id(),
                        "version",
                        "" + meetings.version(meeting)));
        assertThat(cases.inbox(mvc, officer))
                .filteredOn(t -> t.contains(notice))
                .hasSize(1);
        assertThat(cases.inbox(mvc, nurse)).anyMatch(t -> t.contains(notice) && t.contains(groupName(group)));
        assertThat(Jsoup.parse(meetings.page(mvc, nurse, "/")).select("#tasks a[href=/meetings/" + meeting + "]"))
                .isNotEmpty();

        meetings.page(mvc, officer, "/meetings/" + meeting);
        assertThat(cases.inbox(mvc, officer)).as("opened: seen").noneMatch(t -> t.contains(notice));

        send(
                coordinator,
                "/meetings/" + meeting + "/invitees",
                Map.of(
                        "agencies",
                        "" + meetings.agencyOf(coordinator),
                        "people",
                        officer.id() + "," + teacher.id(),
                        "version",
                        "" + meetings.version(meeting)));
        assertThat(cases.inbox(mvc, nurse)).as("uninvited").noneMatch(t -> t.contains(notice));
        assertThat(cases.inbox(mvc, officer)).as("not told again").noneMatch(t -> t.contains(notice));
        assertThat(cases.inbox(mvc, teacher)).anyMatch(t -> t.contains(notice));

        meetings.attendance(mvc, coordinator, meeting, Map.of(meetings.agencyOf(coordinator), "PRESENT"));
        assertThat(meetings.close(mvc, coordinator, meeting).getRedirectedUrl()).isEqualTo("/meetings/" + meeting);
        assertThat(cases.inbox(mvc, teacher)).as("held").noneMatch(t -> t.contains(notice));
    }

    @Test
    void anAgendaItemNamesAPlaceFromIntelligenceThatOnlyReadersWhoMaySeeItThereSee() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account nurse = accounts.partner(coordinator, "PRACTITIONER");
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        long group = meetings.group(mvc, coordinator, List.of(coordinator));
        long meeting = meetings.arranged(
                mvc, coordinator, group, "CSE_GROUP", "", clock.instant().plus(Duration.ofDays(3)));
        String address = "Harbour View Hotel " + meeting;
        long hotel = place(coordinator, address);
        long theirs = place(elsewhere, "Elsewhere Lodge " + meeting);
        long items = count("SELECT count(*) FROM agenda_item WHERE meeting_id = " + meeting);

        Document refused = Jsoup.parse(
                send(coordinator, "/meetings/" + meeting + "/items", Map.of("kind", "PLACE", "entity", "I-" + theirs))
                        .getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Choose a place you may see in intelligence");
        assertThat(count("SELECT count(*) FROM agenda_item WHERE meeting_id = " + meeting))
                .isEqualTo(items);

        Document form = Jsoup.parse(meetings.page(mvc, coordinator, "/meetings/" + meeting));
        assertThat(form.select("#entity option").eachText()).anyMatch(o -> o.contains(address));
        assertThat(form.select("#entity option").eachText()).noneMatch(o -> o.contains("Elsewhere Lodge"));
        assertThat(send(coordinator, "/meetings/" + meeting + "/items", Map.of("kind", "PLACE", "entity", "" + hotel))
                        .getRedirectedUrl())
                .isEqualTo("/meetings/" + meeting + "#agenda");
        long item = count("SELECT id FROM agenda_item WHERE meeting_id = " + meeting + " AND entity_id = " + hotel);

        assertThat(meetings.page(mvc, coordinator, "/meetings/" + meeting)).contains(address);
        assertThat(Jsoup.parse(meetings.page(mvc, coordinator, "/agenda-items/" + item))
                        .select("#about a")
                        .attr("href"))
                .isEqualTo("/intelligence/entities/" + hotel);
        String forNurse = meetings.page(mvc, nurse, "/meetings/" + meeting);
        assertThat(forNurse).doesNotContain(address).doesNotContain("I-" + hotel);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/agenda-items/" + item)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(accounts.principal(nurse))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private long place(TestAccounts.Account by, String address) {
        return jdbc.sql("""
                        INSERT INTO intel_entity (kind, area_id, label, match_key, location_type, address, recorded_by,
                               recorded_at)
                        VALUES ('LOCATION', :area, :address, :key, 'HOTEL', :address, :by, now()) RETURNING id
                        """)
                .param("area", meetings.areaOf(by))
                .param("address", address)
                .param("key", "|" + address.toLowerCase(java.util.Locale.ROOT))
                .param("by", by.id())
                .query(Long.class)
                .single();
    }

    private Map<String, Object> settings() {
        return jdbc.sql("SELECT * FROM meeting_setting").query().singleRow();
    }

    private int groupVersion(long group) {
        return jdbc.sql("SELECT version FROM meeting_group WHERE id = :g")
                .param("g", group)
                .query(Integer.class)
                .single();
    }

    private String groupName(long group) {
        return jdbc.sql("SELECT name FROM meeting_group WHERE id = :g")
                .param("g", group)
                .query(String.class)
                .single();
    }

    private List<Long> members(long group) {
        return jdbc.sql("SELECT user_id FROM meeting_group_member WHERE group_id = :g AND user_id IS NOT NULL")
                .param("g", group)
                .query(Long.class)
                .list();
    }

    private List<Long> invitedAgencies(long meeting) {
        return jdbc.sql("SELECT agency_id FROM meeting_attendance WHERE meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private MockHttpServletResponse send(TestAccounts.Account by, String path, Map<String, String> fields)
            throws Exception {
        return meetings.send(mvc, by, path, fields);
    }
}
