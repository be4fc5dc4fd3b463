package app.haven.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.PageChrome;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The duplicate check's page, rendered with the precompiled templates: likely matches side by side; or, when the
 * check cannot tell, how many it cannot tell apart, a request for more and (a date typed) the closest few shown as
 * possible matches, those outside scope only by who knows them.
 */
class DuplicatesPageTest {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private static final SearchResultView OPEN = new SearchResultView(
            7,
            "/children/7",
            "Possible match",
            Optional.of(new SearchResultView.Details(
                    "Ottilie Jones",
                    PersonKind.CHILD,
                    List.of(),
                    "3 April 2012 (age 14)",
                    "Cheshire East",
                    List.of("Name ‘ottilie’ matches (102 people have it)", "Date of birth matches"))),
            List.of());

    private static final SearchResultView HIDDEN = new SearchResultView(
            9, "/children/9/break-glass", "", Optional.empty(), List.of("Missing from Home Service, Warrington"));

    @Test
    void aDatedCheckThatCannotTellShowsTheClosestAsPossibleMatchesAndAsksForMore() {
        Document page = render(List.of(), 3, false, List.of(OPEN, HIDDEN));

        assertThat(page.select("#namesakes").text())
                .contains("3 people in Haven have a name and date of birth close to these");
        assertThat(page.text()).contains("The 2 closest are below");
        assertThat(page.select("button").eachText()).contains("Add more details", "Create a new record");
        assertThat(page.select("#comparison caption").text())
                .isEqualTo("What you entered and the records Haven cannot tell apart from it");
        assertThat(page.select("#comparison").text())
                .contains("Ottilie Jones", "Possible match", "Known to: Missing from Home Service, Warrington")
                .doesNotContain("Likely match");
        assertThat(page.select("#use-7").text()).startsWith("Use this record");
        assertThat(page.select("#use-9").text()).startsWith("Ask for access");
        assertThat(page.select("h2").eachText()).contains("None of these is the same person");
    }

    @Test
    void anUndatedCheckOnlyCountsTheNamesakes() {
        Document page = render(List.of(), 240, true, List.of());

        assertThat(page.select("#namesakes").text())
                .contains("240 people in Haven have the name Ottilie Smith or one close to it");
        assertThat(page.select("#comparison")).isEmpty();
        assertThat(page.select("h2").eachText()).contains("Create a record without more details");
    }

    @Test
    void likelyMatchesAreComparedWithoutAskingForMore() {
        Document page = render(List.of(OPEN), 0, false, List.of());

        assertThat(page.select("#namesakes")).isEmpty();
        assertThat(page.select("#comparison caption").text()).isEqualTo("What you entered and likely matches");
        assertThat(page.select("button").eachText()).doesNotContain("Add more details");
    }

    private static Document render(
            List<SearchResultView> likely, int namesakes, boolean undated, List<SearchResultView> possible) {
        PersonForm form = new PersonForm(
                "CHILD",
                "Ottilie",
                "Smith",
                "",
                undated ? DateParts.empty() : new DateParts("3", "4", "2012"),
                "",
                "FEMALE",
                "2",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "");
        Map<String, Object> params = new HashMap<>();
        params.put(
                "chrome",
                PageChrome.anonymous("/people/new", Optional.of(new DefaultCsrfToken("X", "_csrf", "t")), false));
        params.put("form", form);
        params.put("matches", likely);
        params.put("errors", FormErrors.none());
        params.put("areaName", "Cheshire East");
        params.put("namesakes", namesakes);
        params.put("undated", undated);
        params.put("possible", possible);
        StringOutput output = new StringOutput();
        ENGINE.render(PersonCreateController.DUPLICATES_VIEW + ".jte", params, output);
        return Jsoup.parse(output.toString());
    }
}
