package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Survivor consultations are recorded only with consent, and only as an age band and the suggestions. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsultationsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EngagementFixtures fx;

    @Test
    void aConsultationWithoutConsentIsRefusedWithWhatWasTypedKeptAndOneWithConsentIsRecorded() throws Exception {
        TestAccounts.Account coordinator = accounts.create("CSE_COORDINATOR");
        long before = fx.count("survivor_consultation");
        MockHttpServletResponse refused = send(coordinator, consultation());
        var page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("only with the young person's consent");
        assertThat(page.select("#prevention").text()).isEqualTo("Teach Year 6 about fake online profiles");
        assertThat(fx.count("survivor_consultation")).isEqualTo(before);

        MockHttpServletResponse recorded = send(coordinator, consultation().param("consented", "true"));
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/engagement/consultations");
        assertThat(fx.jdbc
                        .sql("SELECT age_band || ':' || prevention FROM survivor_consultation WHERE area_id = :a")
                        .param("a", fx.areaOf(coordinator))
                        .query(String.class)
                        .single())
                .isEqualTo("16_17:Teach Year 6 about fake online profiles");
    }

    private static MockHttpServletRequestBuilder consultation() {
        LocalDate day = LocalDate.now().minusDays(2);
        return post("/engagement/consultations")
                .param("heldOn.day", String.valueOf(day.getDayOfMonth()))
                .param("heldOn.month", String.valueOf(day.getMonthValue()))
                .param("heldOn.year", String.valueOf(day.getYear()))
                .param("ageBand", "16_17")
                .param("prevention", "Teach Year 6 about fake online profiles");
    }

    private MockHttpServletResponse send(TestAccounts.Account as, MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }
}
