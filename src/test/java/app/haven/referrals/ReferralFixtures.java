package app.haven.referrals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A commissioned service in a referrer's area, and referrals posted through the pages as a user would. */
@Component
class ReferralFixtures {

    private final JdbcClient jdbc;
    private final TestAccounts accounts;

    ReferralFixtures(JdbcClient jdbc, TestAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A school's designated safeguarding lead (agency scope), whose agency serves its area. */
    TestAccounts.Account schoolLead() {
        TestAccounts.Account lead = accounts.create("SAFEGUARDING_LEAD");
        serveArea(lead, "EDUCATION");
        return lead;
    }

    /** A worker of a commissioned service serving the area of another account. */
    TestAccounts.Account serviceWorker(TestAccounts.Account inAreaOf, String... roles) {
        TestAccounts.Account worker =
                accounts.partner(inAreaOf, roles.length == 0 ? new String[] {"CASE_WORKER"} : roles);
        serveArea(worker, "COMMISSIONED_SERVICE");
        return worker;
    }

    /** A colleague in the same agency and area. */
    TestAccounts.Account colleague(TestAccounts.Account of, String... roles) {
        return accounts.colleague(of, roles);
    }

    void serveArea(TestAccounts.Account account, String kind) {
        jdbc.sql("UPDATE agency SET kind = :kind WHERE id = :agency")
                .param("kind", kind)
                .param("agency", agencyOf(account))
                .update();
        jdbc.sql("""
                        INSERT INTO agency_area (agency_id, area_id)
                        SELECT u.agency_id, ua.area_id FROM user_account u JOIN user_area ua ON ua.user_id = u.id
                         WHERE u.id = :user ON CONFLICT DO NOTHING
                        """).param("user", account.id()).update();
    }

    long agencyOf(TestAccounts.Account account) {
        return jdbc.sql("SELECT agency_id FROM user_account WHERE id = :id")
                .param("id", account.id())
                .query(Long.class)
                .single();
    }

    /** The referral form's fields: online grooming, without consent, with a lawful basis and a reason. */
    Map<String, String> withoutConsent(TestAccounts.Account to) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "toAgency", String.valueOf(agencyOf(to)),
                "reasons", "ONLINE_GROOMING",
                "urgency", "ROUTINE",
                "concern", "Talking to an adult on a gaming site who sends her gifts and asks for pictures",
                "consent", "NOT_SOUGHT",
                "lawfulBasis", "SAFEGUARDING_CHILDREN",
                "sharingReason", "Asking would alert the adult through her phone; risk of significant harm",
                "action", "send"));
        return fields;
    }

    MockHttpServletResponse refer(MockMvc mvc, TestAccounts.Account by, long child, Map<String, String> fields)
            throws Exception {
        return send(mvc, by, "/children/" + child + "/referrals", fields);
    }

    long latestReferral(long child) {
        return jdbc.sql("SELECT max(id) FROM referral WHERE child_id = :child")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    String status(long referral) {
        return jdbc.sql("SELECT status FROM referral WHERE id = :id")
                .param("id", referral)
                .query(String.class)
                .single();
    }

    int version(long referral) {
        return jdbc.sql("SELECT version FROM referral WHERE id = :id")
                .param("id", referral)
                .query(Integer.class)
                .single();
    }

    /** Posts one of a referral's steps with the version now stored, plus these fields. */
    MockHttpServletResponse step(
            MockMvc mvc, TestAccounts.Account by, long referral, String step, Map<String, String> fields)
            throws Exception {
        Map<String, String> all = new HashMap<>(fields);
        all.putIfAbsent("version", String.valueOf(version(referral)));
        return send(mvc, by, "/referrals/" + referral + "/" + step, all);
    }

    List<String> auditReasons(long referral) {
        return jdbc.sql("""
                        SELECT action || ':' || coalesce(reason, '') FROM audit_event
                         WHERE subject_type = 'referral' AND subject_id = :id AND action <> 'view' ORDER BY id
                        """).param("id", referral).query(String.class).list();
    }

    MockHttpServletResponse send(MockMvc mvc, TestAccounts.Account by, String path, Map<String, String> fields)
            throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).with(user(accounts.principal(by))).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }
}
