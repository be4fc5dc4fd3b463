package app.haven.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The screening settings page: administrators only; bad input named and nothing saved; a stale save refused. */
@SpringBootTest
@AutoConfigureMockMvc
class ScreeningSettingsWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ScreeningSettings settings;

    @Test
    void anAdministratorChangesTheStrategyDiscussionDeadlineAndBadInputSavesNothing() throws Exception {
        TestAccounts.Account admin = accounts.create("SYSTEM_ADMINISTRATOR");
        ScreeningSettings.Values before = settings.current();
        assertThat(before.strategyDiscussionWorkingDays())
                .as("default: the next working day")
                .isEqualTo(1);
        Document refused = Jsoup.parse(
                save(admin, before.version(), "11", "0").getResponse().getContentAsString());
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Working days to the strategy discussion must be a whole number from 0 to 10")
                .contains("Weeks after a trigger must be a whole number from 1 to 52");
        assertThat(refused.select("input#strategyDays").val()).isEqualTo("11");
        assertThat(settings.current()).isEqualTo(before);
        try {
            assertThat(save(admin, before.version(), "2", "3").getResponse().getStatus())
                    .isEqualTo(302);
            assertThat(settings.current().strategyDiscussionWorkingDays()).isEqualTo(2);
            assertThat(save(admin, before.version(), "3", "3").getResponse().getContentAsString())
                    .contains("Another administrator changed these settings");
        } finally {
            settings.save(before, settings.current().version());
        }
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        assertThat(save(coordinator, settings.current().version(), "1", "4")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private MvcResult save(TestAccounts.Account account, int version, String days, String triggerWeeks)
            throws Exception {
        return mvc.perform(post(ScreeningSettingsController.PATH)
                        .param("version", String.valueOf(version))
                        .param("strategyDays", days)
                        .param("triggerWeeks", triggerWeeks)
                        .param("notKnownWeeks", "4")
                        .with(user(accounts.principal(account)))
                        .with(csrf()))
                .andReturn();
    }
}
