package app.haven.missing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Commissioned-service workers, and episodes, returns and interviews posted through the pages as a user would. */
@Component
class MissingFixtures {

    private final JdbcClient jdbc;
    private final TestAccounts accounts;

    MissingFixtures(JdbcClient jdbc, TestAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A return home interview worker of a commissioned service in the same area as another account. */
    TestAccounts.Account commissionedWorker(TestAccounts.Account inAreaOf) {
        TestAccounts.Account worker = accounts.partner(inAreaOf, "CASE_WORKER");
        jdbc.sql("UPDATE agency SET kind = 'COMMISSIONED_SERVICE' WHERE name = :name")
                .param("name", worker.agencyName())
                .update();
        return worker;
    }

    void lookedAfter(long child) {
        jdbc.sql(
                        "UPDATE person SET looked_after_status = 'LOOKED_AFTER', placement_type = 'FOSTER_CARE' WHERE id = :id")
                .param("id", child)
                .update();
    }

    MockHttpServletResponse report(MockMvc mvc, TestAccounts.Account by, long child, Instant started) throws Exception {
        return send(mvc, by, "/children/" + child + "/missing-episodes", reportFields(started));
    }

    static Map<String, String> reportFields(Instant started) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "category", "MISSING",
                "reportedBy", "Foster carer",
                "riskGrade", "HIGH",
                "riskReason", "Believed to be with an older man; CSE concern",
                "gradedBy", "PS 1234 Hollowmere",
                "places", "Bus station\nThe old mill car park",
                "people", "A man called Jay, about 25"));
        moment(fields, "started", started);
        moment(fields, "reported", started.plusSeconds(1800));
        return fields;
    }

    MockHttpServletResponse recordReturn(MockMvc mvc, TestAccounts.Account by, long episode, Instant ended)
            throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "whereFound", "A flat above the takeaway",
                "foundWith", "Two older men",
                "howReturned", "Returned by police",
                "version", String.valueOf(version(episode))));
        moment(fields, "ended", ended);
        return send(mvc, by, "/missing-episodes/" + episode + "/return", fields);
    }

    MockHttpServletResponse interview(
            MockMvc mvc, TestAccounts.Account by, long episode, Instant offered, Instant held, boolean disclosure)
            throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(Map.of(
                "outcome", "COMPLETED",
                "whereAndWithWhom", "At a flat with Jay and his friends",
                "howTravelled", "Taxi paid for by Jay",
                "childWords", "I just wanted to get away from the arguments",
                "factors", "CONFLICT_AT_HOME",
                "disclosureMade", disclosure ? "yes" : "no"));
        if (disclosure) {
            fields.put("disclosureWhat", "Jay made me have sex with his friend for the taxi money");
            fields.put("disclosureAbout", "Jay, about 25");
            fields.put("disclosureToPolice", "yes");
        }
        moment(fields, "offered", offered);
        moment(fields, "held", held);
        return send(mvc, by, "/missing-episodes/" + episode + "/interview", fields);
    }

    long latestEpisode(long child) {
        return jdbc.sql("SELECT max(id) FROM missing_episode WHERE child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    int version(long episode) {
        return jdbc.sql("SELECT version FROM missing_episode WHERE id = :id")
                .param("id", episode)
                .query(Integer.class)
                .single();
    }

    static void moment(Map<String, String> fields, String name, Instant at) {
        ZonedDateTime local = at.atZone(InterviewDeadline.LONDON);
        fields.put(name + ".day", String.valueOf(local.getDayOfMonth()));
        fields.put(name + ".month", String.valueOf(local.getMonthValue()));
        fields.put(name + ".year", String.valueOf(local.getYear()));
        fields.put(name + "Time", String.format("%02d:%02d", local.getHour(), local.getMinute()));
    }

    MockHttpServletResponse send(MockMvc mvc, TestAccounts.Account by, String path, Map<String, String> fields)
            throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).with(user(accounts.principal(by))).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }
}
