package app.haven.meetings;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Groups, meetings, attendance and actions made through the pages, as a coordinator would. */
@Component
class MeetingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestAccounts accounts;

    MeetingFixtures(JdbcClient jdbc, TestAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A group of the coordinator's area, chaired by them, inviting the agencies of these accounts. */
    long group(MockMvc mvc, TestAccounts.Account coordinator, List<TestAccounts.Account> members) throws Exception {
        Map<String, List<String>> fields = new HashMap<>();
        fields.put("area", List.of(String.valueOf(areaOf(coordinator))));
        fields.put("name", List.of("Test CSE group " + SEQUENCE.incrementAndGet() + " " + System.nanoTime()));
        fields.put("chair", List.of(String.valueOf(coordinator.id())));
        fields.put(
                "agencies",
                members.stream()
                        .map(m -> String.valueOf(agencyOf(m)))
                        .distinct()
                        .toList());
        String location = sendAll(mvc, coordinator, "/meeting-groups", fields).getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Arranges a meeting of the group; for a meeting about one child, {@code child} is their record number. */
    MockHttpServletResponse arrange(
            MockMvc mvc, TestAccounts.Account coordinator, long group, String type, String child, Instant starts)
            throws Exception {
        Map<String, String> fields = new HashMap<>(Map.of(
                "type",
                type,
                "child",
                child,
                "place",
                "Council offices, room 4",
                "chair",
                String.valueOf(coordinator.id())));
        ZonedDateTime local = starts.atZone(MeetingView.LONDON);
        fields.put("starts.day", String.valueOf(local.getDayOfMonth()));
        fields.put("starts.month", String.valueOf(local.getMonthValue()));
        fields.put("starts.year", String.valueOf(local.getYear()));
        fields.put("startsTime", String.format("%02d:%02d", local.getHour(), local.getMinute()));
        return send(mvc, coordinator, "/meeting-groups/" + group + "/meetings", fields);
    }

    long arranged(MockMvc mvc, TestAccounts.Account coordinator, long group, String type, String child, Instant at)
            throws Exception {
        String location = arrange(mvc, coordinator, group, type, child, at).getRedirectedUrl();
        if (location == null || !location.startsWith("/meetings/")) {
            throw new IllegalStateException("the meeting was not arranged: " + location);
        }
        return Long.parseLong(location.substring("/meetings/".length()));
    }

    /** Takes attendance: each agency of the meeting with the status given, the others absent. */
    MockHttpServletResponse attendance(
            MockMvc mvc, TestAccounts.Account coordinator, long meeting, Map<Long, String> statuses) throws Exception {
        Map<String, String> fields = new HashMap<>();
        fields.put("version", String.valueOf(version(meeting)));
        jdbc.sql("SELECT agency_id FROM meeting_attendance WHERE meeting_id = :m")
                .param("m", meeting)
                .query(Long.class)
                .list()
                .forEach(agency -> fields.put("status-" + agency, statuses.getOrDefault(agency, "ABSENT")));
        return send(mvc, coordinator, "/meetings/" + meeting + "/attendance", fields);
    }

    MockHttpServletResponse action(
            MockMvc mvc, TestAccounts.Account by, long item, String what, String owner, LocalDate due)
            throws Exception {
        return send(
                mvc,
                by,
                "/agenda-items/" + item + "/actions",
                Map.of(
                        "description", what,
                        "owner", owner,
                        "due.day", String.valueOf(due.getDayOfMonth()),
                        "due.month", String.valueOf(due.getMonthValue()),
                        "due.year", String.valueOf(due.getYear())));
    }

    MockHttpServletResponse close(MockMvc mvc, TestAccounts.Account by, long meeting) throws Exception {
        return send(mvc, by, "/meetings/" + meeting + "/close", Map.of("version", String.valueOf(version(meeting))));
    }

    long item(long meeting, long child) {
        return jdbc.sql("SELECT id FROM agenda_item WHERE meeting_id = :m AND child_id = :c")
                .param("m", meeting)
                .param("c", child)
                .query(Long.class)
                .single();
    }

    List<String> reasons(long meeting, long child) {
        return jdbc.sql("SELECT unnest(reasons) FROM agenda_item WHERE meeting_id = :m AND child_id = :c")
                .param("m", meeting)
                .param("c", child)
                .query(String.class)
                .list();
    }

    int version(long meeting) {
        return jdbc.sql("SELECT version FROM meeting WHERE id = :id")
                .param("id", meeting)
                .query(Integer.class)
                .single();
    }

    long agencyOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    long areaOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id LIMIT 1")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    String page(MockMvc mvc, TestAccounts.Account as, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockHttpServletResponse send(MockMvc mvc, TestAccounts.Account by, String path, Map<String, String> fields)
            throws Exception {
        Map<String, List<String>> all = new HashMap<>();
        fields.forEach((name, value) -> all.put(name, List.of(value)));
        return sendAll(mvc, by, path, all);
    }

    private MockHttpServletResponse sendAll(
            MockMvc mvc, TestAccounts.Account by, String path, Map<String, List<String>> fields) throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).with(user(accounts.principal(by))).with(csrf());
        fields.forEach((name, values) -> values.forEach(value -> request.param(name, value)));
        return mvc.perform(request).andReturn().getResponse();
    }
}
