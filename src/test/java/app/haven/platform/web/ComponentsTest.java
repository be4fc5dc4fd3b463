package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    @Test
    void errorSummaryLinksEachMessageToItsFieldAndListsFormErrorsUnlinked() {
        FormErrors errors = FormErrors.builder()
                .field("surname", "Enter a surname")
                .date("dateOfBirth", "Enter a date of birth")
                .form("This child may already be recorded")
                .build();
        Document html = Render.fragment("govuk/errorSummary.jte", Map.of("errors", errors));

        Element summary = html.selectFirst("div.govuk-error-summary[data-module=govuk-error-summary]");
        assertThat(summary.selectFirst("[role=alert] h2.govuk-error-summary__title")
                        .text())
                .isEqualTo("There is a problem");
        assertThat(summary.select("ul.govuk-error-summary__list a").eachAttr("href"))
                .containsExactly("#surname", "#dateOfBirth-day");
        assertThat(summary.select("li").eachText())
                .containsExactly("This child may already be recorded", "Enter a surname", "Enter a date of birth");
    }

    @Test
    void errorSummaryIsAbsentWithoutErrors() {
        assertThat(Render.html("govuk/errorSummary.jte", Map.of("errors", FormErrors.none())))
                .isBlank();
    }

    @Test
    void formPostsWithoutBrowserValidationAndAlwaysCarriesTheCsrfToken() {
        Document html = Render.fragment(
                "govuk/form.jte",
                Map.of("chrome", Render.signedIn(), "content", Render.markup("<p>fields</p>"), "action", "/cases"));

        Element form = html.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.hasAttr("novalidate")).isTrue();
        assertThat(form.attr("action")).isEqualTo("/cases");
        assertThat(form.select("input[type=hidden][name=_csrf]").val()).isEqualTo("token-123");
        assertThat(form.select("p").text()).isEqualTo("fields");
    }

    @Test
    void paginationLinksPreviousNextAndNearbyPagesFromTheBasePath() {
        Document html = Render.fragment(
                "govuk/pagination.jte", Map.of("basePath", "/people?q=smith", "page", 5, "totalPages", 10));

        Element nav = html.selectFirst("nav.govuk-pagination[aria-label=Pagination]");
        assertThat(nav.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/people?q=smith&page=4");
        assertThat(nav.selectFirst("a[rel=next]").attr("href")).isEqualTo("/people?q=smith&page=6");
        assertThat(nav.select(".govuk-pagination__item a").eachText()).containsExactly("1", "4", "5", "6", "10");
        assertThat(nav.select(".govuk-pagination__item--ellipsis")).hasSize(2);
        Element current = nav.selectFirst(".govuk-pagination__item--current a");
        assertThat(current.attr("aria-current")).isEqualTo("page");
        assertThat(current.attr("href")).isEqualTo("/people?q=smith&page=5");
    }

    @Test
    void paginationOnTheFirstPageHasNoPreviousLinkAndOnOnePageNothing() {
        Document first =
                Render.fragment("govuk/pagination.jte", Map.of("basePath", "/people", "page", 1, "totalPages", 2));
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/people?page=2");

        assertThat(Render.html("govuk/pagination.jte", Map.of("basePath", "/people", "page", 1, "totalPages", 1)))
                .isBlank();
    }

    @Test
    void buttonsComeInGovukVariantsAndAsLinks() {
        assertThat(button(Map.of("text", "Save")).className()).isEqualTo("govuk-button");
        assertThat(button(Map.of("text", "Save")).attr("type")).isEqualTo("submit");
        assertThat(button(Map.of("text", "Cancel", "variant", "secondary")).hasClass("govuk-button--secondary"))
                .isTrue();
        assertThat(button(Map.of("text", "Delete", "variant", "warning")).hasClass("govuk-button--warning"))
                .isTrue();
        Element link = button(Map.of("text", "Start", "href", "/screenings/new"));
        assertThat(link.tagName()).isEqualTo("a");
        assertThat(link.attr("role")).isEqualTo("button");
        assertThat(link.attr("href")).isEqualTo("/screenings/new");
        Element linkStyled = button(Map.of("text", "Remove", "variant", "link"));
        assertThat(linkStyled.tagName()).isEqualTo("button");
        assertThat(linkStyled.hasClass("haven-link-button")).isTrue();
    }

    private static Element button(Map<String, Object> params) {
        return Render.fragment("govuk/button.jte", params).selectFirst("body > *");
    }

    @Test
    void tableRendersCaptionHeadAndCellsOfTextOrMarkup() {
        Document html = Render.fragment(
                "govuk/table.jte",
                Map.of(
                        "caption", "Open cases",
                        "head", List.of("Child", "Risk", "Days open"),
                        "rows",
                                List.of(List.of(
                                        "A <Child>", Render.markup("<strong class=\"govuk-tag\">High</strong>"), 12)),
                        "firstCellIsHeader", true,
                        "numericColumns", Set.of(2)));

        assertThat(html.select("caption.govuk-table__caption").text()).isEqualTo("Open cases");
        assertThat(html.select("thead th[scope=col]").eachText()).containsExactly("Child", "Risk", "Days open");
        assertThat(html.select("tbody th[scope=row]").text()).isEqualTo("A <Child>");
        assertThat(html.select("tbody td strong.govuk-tag").text()).isEqualTo("High");
        assertThat(html.select("tbody td.govuk-table__cell--numeric").text()).isEqualTo("12");
    }

    @Test
    void summaryListRowsHaveKeysValuesAndActionsNamingWhatTheyChange() {
        List<SummaryRow> rows = List.of(
                SummaryRow.of("Name", "Sam <Example>").withAction("/people/1/name", "Change", "name"),
                SummaryRow.of("NHS number", "485 777 3456"));
        Document html = Render.fragment("govuk/summaryList.jte", Map.of("rows", rows));

        assertThat(html.select("dt.govuk-summary-list__key").eachText()).containsExactly("Name", "NHS number");
        assertThat(html.select("dd.govuk-summary-list__value").first().text()).isEqualTo("Sam <Example>");
        Element change = html.selectFirst(".govuk-summary-list__actions a");
        assertThat(change.attr("href")).isEqualTo("/people/1/name");
        assertThat(change.select(".govuk-visually-hidden").text()).isEqualTo("name");
        assertThat(html.select(".govuk-summary-list__row--no-actions")).hasSize(1);
    }

    @Test
    void tagCarriesItsColour() {
        Element tag = Render.fragment("govuk/tag.jte", Map.of("text", "High", "colour", TagColour.RED))
                .selectFirst("strong");
        assertThat(tag.classNames()).containsExactlyInAnyOrder("govuk-tag", "govuk-tag--red");
        Element plain = Render.fragment("govuk/tag.jte", Map.of("text", "Open")).selectFirst("strong");
        assertThat(plain.className()).isEqualTo("govuk-tag");
    }

    @Test
    void notificationBannersAreRegionsOrSuccessAlerts() {
        Element important = Render.fragment(
                        "govuk/notificationBanner.jte", Map.of("content", Render.markup("<p>Note</p>")))
                .selectFirst(".govuk-notification-banner");
        assertThat(important.attr("role")).isEqualTo("region");
        assertThat(important
                        .selectFirst("#" + important.attr("aria-labelledby"))
                        .text())
                .isEqualTo("Important");

        Element success = Render.fragment(
                        "govuk/notificationBanner.jte",
                        Map.of("content", Render.markup("<p>Saved</p>"), "success", true))
                .selectFirst(".govuk-notification-banner");
        assertThat(success.hasClass("govuk-notification-banner--success")).isTrue();
        assertThat(success.attr("role")).isEqualTo("alert");
        assertThat(success.select(".govuk-notification-banner__title").text()).isEqualTo("Success");
    }

    @Test
    void taskListTiesEachLinkToItsStatus() {
        List<TaskListItem> items = List.of(
                TaskListItem.linked("Screening", "/screening", "Incomplete")
                        .withStatusTag(TagColour.BLUE)
                        .withHint("With the child"),
                TaskListItem.linked("Referral", "/referral", "Completed"),
                TaskListItem.cannotStartYet("Plan"));
        Document html = Render.fragment("govuk/taskList.jte", Map.of("items", items));

        Element first = html.selectFirst("a.govuk-task-list__link");
        assertThat(first.attr("aria-describedby")).isEqualTo("task-list-1-hint task-list-1-status");
        assertThat(html.select("#task-list-1-status strong.govuk-tag").text()).isEqualTo("Incomplete");
        assertThat(html.select("#task-list-2-status").text()).isEqualTo("Completed");
        assertThat(html.select("#task-list-3-status").hasClass("govuk-task-list__status--cannot-start-yet"))
                .isTrue();
        assertThat(html.select("li").get(2).select("a")).isEmpty();
    }

    @Test
    void smallerComponentsFollowGovukMarkup() {
        assertThat(Render.fragment("govuk/backLink.jte", Map.of("href", "/cases"))
                        .select("a.govuk-back-link[href=/cases]")
                        .text())
                .isEqualTo("Back");
        assertThat(Render.fragment("govuk/warningText.jte", Map.of("text", "Do not share"))
                        .select(".govuk-warning-text__text")
                        .text())
                .isEqualTo("Warning Do not share");
        assertThat(Render.fragment("govuk/insetText.jte", Map.of("content", Render.markup("<p>Aside</p>")))
                        .select(".govuk-inset-text p")
                        .text())
                .isEqualTo("Aside");
        Document details = Render.fragment(
                "govuk/details.jte", Map.of("summary", "Help", "content", Render.markup("<p>More</p>")));
        assertThat(details.select("details.govuk-details summary .govuk-details__summary-text")
                        .text())
                .isEqualTo("Help");
        assertThat(details.selectFirst("details").hasAttr("open")).isFalse();
        Document panel = Render.fragment(
                "govuk/panel.jte",
                Map.of("title", "Referral sent", "body", Render.markup("Reference <strong>R1</strong>")));
        assertThat(panel.select(".govuk-panel--confirmation h1.govuk-panel__title")
                        .text())
                .isEqualTo("Referral sent");
        assertThat(panel.select(".govuk-panel__body strong").text()).isEqualTo("R1");
    }
}
