package app.haven.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The health probe tells a signed-in user only the status; the database and disk details are for administrators. */
@SpringBootTest
@AutoConfigureMockMvc
class HealthDetailsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aSignedInPractitionerSeesTheStatusWithoutDetails() throws Exception {
        assertThat(health("PRACTITIONER")).contains("\"status\":\"UP\"").doesNotContain("components");
        assertThat(health("TEAM_MANAGER")).doesNotContain("components");
    }

    @Test
    void anAdministratorSeesTheDetails() throws Exception {
        assertThat(health("SYSTEM_ADMINISTRATOR")).contains("components").contains("db");
    }

    private String health(String role) throws Exception {
        return mvc.perform(get("/actuator/health").with(user(accounts.principal(accounts.create(role)))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
