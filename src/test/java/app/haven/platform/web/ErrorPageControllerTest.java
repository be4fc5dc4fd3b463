package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSlice(controllers = ErrorPageController.class)
class ErrorPageControllerTest {

    private static final String SECRET = "child Jane Doe at 1 Secret Street";

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder failed(int status) {
        IllegalStateException cause = new IllegalStateException(SECRET);
        return get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/people/" + SECRET)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, cause)
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, SECRET);
    }

    private Document page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(expectedStatus);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        String html = result.getResponse().getContentAsString();
        assertThat(html)
                .doesNotContain(SECRET)
                .doesNotContain("Secret")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at app.haven")
                .doesNotContain("Whitelabel");
        return Jsoup.parse(html);
    }

    @Test
    void notFoundShowsTheGovukPageNotFoundPage() throws Exception {
        Document page = page(failed(404), 404);

        assertThat(page.selectFirst("main#main-content h1").text()).isEqualTo("Page not found");
        assertThat(page.title()).isEqualTo("Page not found – Haven");
        assertThat(page.select("header.govuk-header")).hasSize(1);
        assertThat(page.select(".govuk-phase-banner .govuk-tag").text()).isEqualTo("Demo");
    }

    @Test
    void serverErrorShowsNoStackTraceOrExceptionMessage() throws Exception {
        Document page = page(failed(500).with(user("alex")), 500);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.select("header form[action=/logout][method=post] input[name=_csrf]"))
                .hasSize(1);
    }

    @Test
    void forbiddenAndBadRequestUseGovukWording() throws Exception {
        assertThat(page(failed(403), 403).selectFirst("h1").text())
                .isEqualTo("You do not have permission to see this page");
        assertThat(page(failed(400), 400).selectFirst("h1").text()).isEqualTo("There is a problem with your request");
    }

    @Test
    void otherStatusesGetTheGenericPageForTheirKind() throws Exception {
        assertThat(page(failed(405), 405).selectFirst("h1").text()).isEqualTo("There is a problem with your request");
        assertThat(page(failed(503), 503).selectFirst("h1").text())
                .isEqualTo("Sorry, there is a problem with the service");
    }

    @Test
    void askingForTheErrorPathItselfIsNotFound() throws Exception {
        assertThat(page(get("/error"), 404).selectFirst("h1").text()).isEqualTo("Page not found");
    }
}
