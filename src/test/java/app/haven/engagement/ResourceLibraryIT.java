package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The resource library: an editor's draft reaches the public pages only once published and leaves them when withdrawn;
 * a stale publish changes nothing; uploads of the wrong type, too big, or lying about their type are refused with
 * nothing saved; a published file is served with headers that stop a browser running or sniffing it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResourceLibraryIT {

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EngagementFixtures fx;

    @Test
    void aDraftIsPublicOnlyOncePublishedAndLeavesThePublicPagesWhenWithdrawn() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        String title = "Know the signs " + System.nanoTime();
        long id = create(editor, title, new MockMultipartFile("file", "signs.pdf", "application/pdf", PDF));

        assertThat(anonymous("/public/resources").getContentAsString()).doesNotContain(title);
        assertThat(anonymous("/public/resources/" + id).getStatus()).isEqualTo(404);
        assertThat(anonymous("/public/resources/" + id + "/file").getStatus()).isEqualTo(404);

        send(editor, post("/engagement/resources/" + id + "/publish").param("version", "0"));
        assertThat(anonymous("/public/resources").getContentAsString()).contains(title);
        assertThat(anonymous("/public/resources?audience=PARENTS_CARERS").getContentAsString())
                .contains(title);
        assertThat(anonymous("/public/resources?audience=PROFESSIONALS").getContentAsString())
                .doesNotContain(title);
        MockHttpServletResponse page = anonymous("/public/resources/" + id);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(title).contains("call 999");

        send(editor, post("/engagement/resources/" + id + "/withdraw").param("version", "1"));
        assertThat(anonymous("/public/resources").getContentAsString()).doesNotContain(title);
        assertThat(anonymous("/public/resources/" + id).getStatus()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aStalePublishChangesNothingAndSaysSo() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        long id = create(editor, "Stale " + System.nanoTime(), null);
        send(editor, post("/engagement/resources/" + id + "/publish").param("version", "0"));
        send(editor, post("/engagement/resources/" + id + "/withdraw").param("version", "1"));
        MockHttpServletResponse again =
                send(editor, post("/engagement/resources/" + id + "/publish").param("version", "0"));
        assertThat(again.getStatus()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void anEditorOfAnotherAreaCannotOpenOrPublishTheResource() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        long id = create(editor, "Elsewhere " + System.nanoTime(), null);
        assertThat(send(elsewhere, get("/engagement/resources/" + id)).getStatus())
                .isEqualTo(403);
        assertThat(send(
                                elsewhere,
                                post("/engagement/resources/" + id + "/publish").param("version", "0"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndNothingIsSaved() throws Exception {
        refused(
                new MockMultipartFile("file", "page.html", "text/html", "<html></html>".getBytes()),
                "must be a PDF, PNG or JPEG");
    }

    @Test
    void aFileThatLiesAboutItsTypeIsRefusedAndNothingIsSaved() throws Exception {
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        refused(new MockMultipartFile("file", "leaflet.pdf", "application/pdf", html), "not the type it says");
    }

    @Test
    void aFileTooBigIsRefusedAndNothingIsSaved() throws Exception {
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        refused(new MockMultipartFile("file", "big.pdf", "application/pdf", big), "must be smaller than 10 MB");
    }

    @Test
    void aPublishedFileIsServedAsADownloadThatNoBrowserRunsOrSniffs() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        long id = create(
                editor,
                "Download " + System.nanoTime(),
                new MockMultipartFile("file", "guide <x>.pdf", "application/pdf", PDF));
        send(editor, post("/engagement/resources/" + id + "/publish").param("version", "0"));
        MockHttpServletResponse file = anonymous("/public/resources/" + id + "/file");
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .doesNotContain("<");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getHeader("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("sandbox");
    }

    @Test
    void theEditorFormShowsEveryMissingAnswerAndKeepsWhatWasTyped() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        long before = fx.count("engagement_resource");
        MockHttpServletResponse response = send(
                editor,
                multipart("/engagement/resources")
                        .param("title", "<script>alert(1)</script>")
                        .param("linkUrl", "javascript:alert(1)"));
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text())
                .contains("Select what kind of resource it is")
                .contains("Enter a summary")
                .contains("Enter a link starting https://")
                .contains("Select who the resource is for");
        assertThat(page.select("#title").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(response.getContentAsString()).doesNotContain("<script>alert(1)");
        assertThat(fx.count("engagement_resource")).isEqualTo(before);
    }

    @Test
    void aSignedOutVisitorReachesOnlyThePublicPages() throws Exception {
        assertThat(anonymous("/engagement").getStatus()).isEqualTo(302);
        assertThat(anonymous("/engagement/concerns").getStatus()).isEqualTo(302);
        assertThat(anonymous("/publicity").getStatus()).isEqualTo(302);
        MockHttpServletResponse home = anonymous("/public");
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getHeader("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(home.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(home.getHeader("Set-Cookie"))
                .as("a page without a form needs no session")
                .isNull();
        assertThat(anonymous("/public/top-ten").getStatus()).isEqualTo(200);
    }

    private void refused(MockMultipartFile file, String message) throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        long before = fx.count("engagement_resource");
        MockHttpServletResponse response = send(
                editor, valid(multipart("/engagement/resources"), "Refused").file(file));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select(".govuk-error-summary")
                        .text())
                .contains(message);
        assertThat(fx.count("engagement_resource")).isEqualTo(before);
    }

    long create(TestAccounts.Account editor, String title, MockMultipartFile file) throws Exception {
        MockMultipartHttpServletRequestBuilder request = valid(multipart("/engagement/resources"), title);
        if (file != null) {
            request.file(file);
        }
        MockHttpServletResponse response = send(editor, request);
        assertThat(response.getRedirectedUrl())
                .as(
                        response.getContentAsString().length() > 2000
                                ? Jsoup.parse(response.getContentAsString())
                                        .select(".govuk-error-summary")
                                        .text()
                                : response.getContentAsString())
                .startsWith("/engagement/resources/");
        return Long.parseLong(response.getRedirectedUrl().substring("/engagement/resources/".length()));
    }

    static MockMultipartHttpServletRequestBuilder valid(MockMultipartHttpServletRequestBuilder request, String title) {
        request.param("kind", "LEAFLET")
                .param("title", title)
                .param("summary", "What every parent should know about grooming.")
                .param("campaign", "Know and See")
                .param("coProduced", "true")
                .param("reviewOn.day", "1")
                .param("reviewOn.month", "9")
                .param("reviewOn.year", "2099")
                .param("audiences", "PARENTS_CARERS", "COMMUNITIES")
                .param("topics", "SIGNS_OF_CSE");
        return request;
    }

    private String status(long id) {
        return fx.jdbc
                .sql("SELECT status FROM engagement_resource WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private MockHttpServletResponse send(
            TestAccounts.Account as,
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }
}
