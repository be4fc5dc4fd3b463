package app.haven.cases;

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

/** The register settings page: only administrators; bad input names each problem and saves nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class RegisterSettingsWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CaseSettings settings;

    @Test
    void badSettingsAreRefusedWithAReasonAndGoodOnesSaved() throws Exception {
        TestAccounts.Account admin = accounts.create("SYSTEM_ADMINISTRATOR");
        CaseSettings.Values before = settings.fresh();
        MvcResult refused = save(admin, before.version(), "0", "99", "2");
        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Weeks between reviews must be a whole number from 1 to 52")
                .contains("Days to the planning meeting must be a whole number from 1 to 60");
        assertThat(page.select("input#weeks3").val()).isEqualTo("0");
        assertThat(settings.fresh()).isEqualTo(before);

        assertThat(save(admin, before.version(), "3", "14", "2").getResponse().getStatus())
                .isEqualTo(302);
        try {
            assertThat(settings.fresh().weeksFor(3)).isEqualTo(3);
            assertThat(settings.fresh().planningMeetingDays()).isEqualTo(14);
            assertThat(save(admin, before.version(), "5", "10", "2")
                            .getResponse()
                            .getContentAsString())
                    .as("a save from a page opened before the last save")
                    .contains("Another administrator changed these settings");
        } finally {
            CaseSettings.Values now = settings.fresh();
            settings.save(before, now.version());
        }
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        assertThat(save(coordinator, settings.fresh().version(), "3", "10", "2")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private MvcResult save(
            TestAccounts.Account account, int version, String highWeeks, String meetingDays, String threshold)
            throws Exception {
        return mvc.perform(post("/admin/register-settings")
                        .param("version", String.valueOf(version))
                        .param("threshold", threshold)
                        .param("meetingDays", meetingDays)
                        .param("noticeDays", "7")
                        .param("transitionMonths", "210")
                        .param("teamAccessDays", "28")
                        .param("weeks3", highWeeks)
                        .param("weeks2", "6")
                        .param("weeks1", "12")
                        .param("weeks0", "12")
                        .with(user(accounts.principal(account)))
                        .with(csrf()))
                .andReturn();
    }
}
