package app.haven.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.haven.identity.TestAccounts;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Editing resources: a save at the version the editor opened changes the public pages at once; a stale save changes
 * nothing and shows the editor's words beside the resource as it is now; publishing reminds the area's editors to
 * review the resource by its review date, an edit moves the reminder and withdrawing closes it. The public pages carry
 * a tag a browser can ask with, and are "not modified" until the content changes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResourceEditingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EngagementFixtures fx;

    @Test
    void anEditOfAPublishedResourceShowsOnThePublicPagesAtOnce() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        long id = published(editor, "Before " + System.nanoTime());
        assertThat(anonymous("/public/resources/" + id).getContentAsString()).contains("Before ");

        String after = "After " + System.nanoTime();
        MockHttpServletResponse saved = send(editor, edit(id, after, 1));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/engagement/resources/" + id);
        assertThat(anonymous("/public/resources/" + id).getContentAsString()).contains(after);
        assertThat(anonymous("/public/resources").getContentAsString()).contains(after);
    }

    @Test
    void aStaleEditSavesNothingAndShowsTheEditorsWordsBesideTheResourceAsItIsNow() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account colleague = accounts.colleague(editor, "CSE_COORDINATOR");
        long id = create(editor, "Original " + System.nanoTime());
        String theirs = "Theirs " + System.nanoTime();
        send(colleague, edit(id, theirs, 0));

        String mine = "Mine " + System.nanoTime();
        MockHttpServletResponse stale = send(editor, edit(id, mine, 0));

        assertThat(stale.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(stale.getContentAsString());
        assertThat(page.select(".govuk-notification-banner").text()).contains("Someone else changed this resource");
        assertThat(page.select("#title").val()).isEqualTo(mine);
        assertThat(page.select(".govuk-summary-list").text()).contains(theirs);
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(title(id)).isEqualTo(theirs);

        send(editor, edit(id, mine, 1));
        assertThat(title(id))
                .as("saving again replaces it with the editor's words")
                .isEqualTo(mine);
    }

    @Test
    void aBadEditIsRefusedWithWhatWasTypedAndNothingChanges() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        String title = "Kept " + System.nanoTime();
        long id = create(editor, title);

        MockHttpServletResponse refused = send(
                editor,
                multipart("/engagement/resources/" + id + "/edit")
                        .param("version", "0")
                        .param("title", "<script>alert(1)</script>"));

        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".govuk-error-summary").text()).contains("Enter a summary");
        assertThat(page.select("#title").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(title(id)).isEqualTo(title);
    }

    @Test
    void anEditorOfAnotherAreaCannotEditTheResource() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account elsewhere = accounts.create("CSE_COORDINATOR");
        String title = "Theirs only " + System.nanoTime();
        long id = create(editor, title);

        assertThat(send(elsewhere, get("/engagement/resources/" + id + "/edit")).getStatus())
                .isEqualTo(403);
        assertThat(send(elsewhere, edit(id, "Taken over", 0)).getStatus()).isEqualTo(403);
        assertThat(title(id)).isEqualTo(title);
    }

    @Test
    void publishingRemindsTheAreasEditorsByTheReviewDateAnEditMovesItAndWithdrawingClosesIt() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account otherEditor = accounts.colleague(editor, "CSE_COORDINATOR");
        TestAccounts.Account notAnEditor = accounts.colleague(editor, "SAFEGUARDING_LEAD");
        long id = published(editor, "Reviewed " + System.nanoTime());

        Map<Long, LocalDate> due = openReminders(id);
        assertThat(due).containsOnlyKeys(editor.id(), otherEditor.id()).doesNotContainKey(notAnEditor.id());
        assertThat(due.get(editor.id())).isEqualTo(LocalDate.of(2099, 9, 1));
        assertThat(showFrom(id, editor.id())).isEqualTo(LocalDate.of(2099, 9, 1).minusDays(14));

        send(editor, edit(id, "Reviewed again " + System.nanoTime(), 1, "2098"));
        assertThat(openReminders(id).get(otherEditor.id())).isEqualTo(LocalDate.of(2098, 9, 1));

        send(editor, post("/engagement/resources/" + id + "/withdraw").param("version", "2"));
        assertThat(openReminders(id)).isEmpty();
    }

    @Test
    void aPublicPageIsNotModifiedForABrowserHoldingItUntilTheContentChanges() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        MockHttpServletResponse first = anonymous("/public/resources");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
        String tag = first.getHeader("ETag");
        assertThat(tag).isNotBlank();
        assertThat(first.getHeader("Set-Cookie")).isNull();

        assertThat(mvc.perform(get("/public/resources").header("If-None-Match", tag))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(304);

        published(editor, "Changes the tag " + System.nanoTime());
        MockHttpServletResponse changed = mvc.perform(get("/public/resources").header("If-None-Match", tag))
                .andReturn()
                .getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(tag);
    }

    @Test
    void aStaleTopTenSaveSavesNothingAndSavingAgainReplacesThePageAsItIsNow() throws Exception {
        TestAccounts.Account editor = accounts.create("CSE_COORDINATOR");
        TestAccounts.Account colleague = accounts.colleague(editor, "CSE_COORDINATOR");
        String opened = Jsoup.parse(send(editor, get("/engagement/top-ten")).getContentAsString())
                .select("input[name=version]")
                .val();
        String theirs = "Theirs " + System.nanoTime();
        send(colleague, topTen(opened, theirs));
        send(colleague, topTen(String.valueOf(Integer.parseInt(opened) + 1), theirs + " again"));

        String mine = "Mine " + System.nanoTime();
        Document stale = Jsoup.parse(send(editor, topTen(opened, mine)).getContentAsString());

        assertThat(stale.select(".govuk-notification-banner").text()).contains("Someone else saved the page");
        assertThat(stale.select("#heading1").val()).isEqualTo(mine);
        assertThat(stale.text()).contains(theirs + " again");
        assertThat(anonymous("/public/top-ten").getContentAsString()).doesNotContain(mine);

        send(editor, topTen(stale.select("input[name=version]").val(), mine));
        assertThat(anonymous("/public/top-ten").getContentAsString())
                .as("saving again from the conflict page replaces the page, however many saves came between")
                .contains(mine);
    }

    private static MockHttpServletRequestBuilder topTen(String version, String heading) {
        return post("/engagement/top-ten")
                .param("version", version)
                .param("heading1", heading)
                .param("body1", "What people need to know.");
    }

    private long create(TestAccounts.Account editor, String title) throws Exception {
        String created = send(editor, ResourceLibraryIT.valid(multipart("/engagement/resources"), title))
                .getRedirectedUrl();
        assertThat(created).startsWith("/engagement/resources/");
        return Long.parseLong(created.substring("/engagement/resources/".length()));
    }

    private long published(TestAccounts.Account editor, String title) throws Exception {
        long id = create(editor, title);
        send(editor, post("/engagement/resources/" + id + "/publish").param("version", "0"));
        return id;
    }

    private static MockMultipartHttpServletRequestBuilder edit(long id, String title, int version) {
        return edit(id, title, version, "2099");
    }

    /** The same fields as a new resource (ResourceLibraryIT.valid), reviewed by 1 September of the year given. */
    private static MockMultipartHttpServletRequestBuilder edit(long id, String title, int version, String reviewYear) {
        return multipart("/engagement/resources/" + id + "/edit")
                .param("version", String.valueOf(version))
                .param("kind", "LEAFLET")
                .param("title", title)
                .param("summary", "What every parent should know about grooming.")
                .param("reviewOn.day", "1")
                .param("reviewOn.month", "9")
                .param("reviewOn.year", reviewYear)
                .param("audiences", "PARENTS_CARERS")
                .param("topics", "SIGNS_OF_CSE");
    }

    private Map<Long, LocalDate> openReminders(long id) {
        Map<Long, LocalDate> due = new java.util.HashMap<>();
        fx.jdbc
                .sql("SELECT for_user, due_on FROM inbox_task WHERE source_key LIKE :key AND done_at IS NULL")
                .param("key", "resource-review:" + id + ":%")
                .query((rs, n) -> due.put(rs.getLong(1), rs.getDate(2).toLocalDate()))
                .list();
        return due;
    }

    private LocalDate showFrom(long id, long user) {
        return fx.jdbc
                .sql("SELECT show_from FROM inbox_task WHERE source_key = :key")
                .param("key", ResourceReviewDue.key(id, user))
                .query(Date.class)
                .single()
                .toLocalDate();
    }

    private String title(long id) {
        return fx.jdbc
                .sql("SELECT title FROM engagement_resource WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private MockHttpServletResponse send(TestAccounts.Account as, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.principal(as))))
                .andReturn()
                .getResponse();
    }
}
