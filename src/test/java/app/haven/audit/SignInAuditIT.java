package app.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SignInAuditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signInAndSignOutAreRecordedForTheUser() throws Exception {
        var account = accounts.create("PRACTITIONER");
        long before = maxId();
        // Sessions live in PostgreSQL (Spring Session): the SESSION cookie carries the signed-in session.
        Cookie session = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", account.email())
                        .param("password", TestAccounts.PASSWORD))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(post("/logout").cookie(session).with(csrf()));

        List<Map<String, Object>> rows = since(before);
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("sign-in", "sign-out");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row).containsEntry("user_id", account.id()).containsEntry("subject_type", "user_account");
            assertThat(row.get("agency_id")).isNotNull();
            assertThat(row.get("request_id")).isNotNull();
        });
    }

    @Test
    void aWrongPasswordIsRecordedAgainstTheAccountWhateverTheCaseOfTheEmail() throws Exception {
        var account = accounts.create("PRACTITIONER");
        long before = maxId();
        mvc.perform(post("/login")
                .with(csrf())
                .param("email", account.email().toUpperCase())
                .param("password", "not-the-password"));

        assertThat(since(before))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("action", "failed-sign-in")
                        .containsEntry("user_id", account.id())
                        .containsEntry("subject_id", account.id()));
    }

    @Test
    void aFailedSignInWithAnUnknownEmailStoresNeitherTheEmailNorThePassword() throws Exception {
        long before = maxId();
        mvc.perform(post("/login")
                .with(csrf())
                .param("email", "stranger@elsewhere.invalid")
                .param("password", "hunter2-secret"));

        assertThat(since(before)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("action", "failed-sign-in");
            assertThat(row.get("user_id")).isNull();
            assertThat(row.get("agency_id")).isNull();
            assertThat(row.get("subject_id")).isNull();
            assertThat(row.values().toString()).doesNotContain("stranger").doesNotContain("hunter2");
        });
    }

    private List<Map<String, Object>> since(long id) {
        return jdbc.sql("SELECT * FROM audit_event WHERE id > :id ORDER BY id")
                .param("id", id)
                .query()
                .listOfRows();
    }

    private long maxId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_event")
                .query(Long.class)
                .single();
    }
}
