package app.haven.screening;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.ChildInvolvements;
import app.haven.identity.TestAccounts;
import app.haven.screening.banding.Indicator;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Children known to a practitioner, screenings started and answered through the pages, and what users see. */
@Component
class ScreeningFixtures {

    private final JdbcClient jdbc;
    private final ChildInvolvements involvements;
    private final ScreeningTools tools;

    ScreeningFixtures(JdbcClient jdbc, ChildInvolvements involvements, ScreeningTools tools) {
        this.jdbc = jdbc;
        this.involvements = involvements;
        this.tools = tools;
    }

    /** A child with this name and date of birth, worked with by the practitioner's area and agency. */
    long child(TestAccounts.Account worker, String given, String family, LocalDate born, boolean learningDisability) {
        long child = jdbc.sql("""
                        INSERT INTO person (kind, date_of_birth, sex, learning_disability, created_at)
                        VALUES ('CHILD', :dob, 'FEMALE', :ld, :now) RETURNING id
                        """)
                .param("dob", Date.valueOf(born))
                .param("ld", learningDisability)
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO person_name (person_id, name_type, given_names, family_name, added_at)
                        VALUES (:id, 'LEGAL', :given, :family, :now)
                        """)
                .param("id", child)
                .param("given", given)
                .param("family", family)
                .param("now", Timestamp.from(Instant.now()))
                .update();
        long area = jdbc.sql("SELECT area_id FROM user_area WHERE user_id = :id")
                .param("id", worker.id())
                .query(Long.class)
                .single();
        long agency = jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", worker.id())
                .query(Long.class)
                .single();
        involvements.start(child, area, agency, Optional.empty(), Optional.of(worker.id()));
        return child;
    }

    long start(MockMvc mvc, UserDetails user, long child, String tool) throws Exception {
        String location = mvc.perform(post("/children/{id}/screenings", child)
                        .with(user(user))
                        .with(csrf())
                        .param("tool", tool))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    MockHttpServletRequestBuilder answers(long id, UserDetails user, String action, int version) {
        return post("/screenings/{id}", id)
                .with(user(user))
                .with(csrf())
                .param("action", action)
                .param("version", String.valueOf(version));
    }

    /**
     * Everything answered for a submit dated today: the present indicators as given (evidenced, current), every
     * other indicator not present unless listed as not known, every trigger no unless listed.
     */
    MockHttpServletRequestBuilder everythingAnswered(
            long id,
            UserDetails user,
            int version,
            String toolId,
            Set<String> present,
            Set<String> notKnown,
            Set<ChildProtectionTrigger> triggers) {
        LocalDate today = LocalDate.now();
        MockHttpServletRequestBuilder request = answers(id, user, "submit", version)
                .param("screeningDate.day", String.valueOf(today.getDayOfMonth()))
                .param("screeningDate.month", String.valueOf(today.getMonthValue()))
                .param("screeningDate.year", String.valueOf(today.getYear()))
                .param("childTookPart", "yes")
                .param("carerTookPart", "no");
        for (Indicator indicator : latest(toolId).indicators()) {
            String indicatorId = indicator.id();
            if (present.contains(indicatorId)) {
                request.param("answer." + indicatorId, "PRESENT").param("basis." + indicatorId, "EVIDENCED");
                if (indicator.isTimed()) {
                    request.param("timing." + indicatorId, "CURRENT");
                }
            } else {
                request.param("answer." + indicatorId, notKnown.contains(indicatorId) ? "NOT_KNOWN" : "NOT_PRESENT");
            }
        }
        for (ChildProtectionTrigger trigger : ChildProtectionTrigger.values()) {
            request.param("trigger." + trigger.name(), triggers.contains(trigger) ? "yes" : "no");
        }
        return request;
    }

    app.haven.screening.banding.ToolDefinition latest(String toolId) {
        return tools.latest().stream()
                .filter(t -> t.id().equals(toolId))
                .findFirst()
                .orElseThrow();
    }

    int version(long screeningId) {
        return jdbc.sql("SELECT version FROM screening WHERE id = :id")
                .param("id", screeningId)
                .query(Integer.class)
                .single();
    }

    long audits(long childId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE child_id = :id")
                .param("id", childId)
                .query(Long.class)
                .single();
    }

    Document page(MockMvc mvc, UserDetails user, MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(
                mvc.perform(request.with(user(user))).andReturn().getResponse().getContentAsString());
    }

    Document get(MockMvc mvc, UserDetails user, String path) throws Exception {
        return page(mvc, user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
    }
}
