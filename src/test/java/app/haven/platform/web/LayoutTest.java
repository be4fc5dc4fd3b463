package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static Document layout(PageChrome chrome, FormErrors errors) {
        Map<String, Object> params = new HashMap<>();
        params.put("chrome", chrome);
        params.put("title", "Find a child");
        params.put("content", Render.markup("<h1 class=\"govuk-heading-l\">Find a child</h1>"));
        params.put("errors", errors);
        params.put("beforeContent", Render.markup("<a href=\"/\" class=\"govuk-back-link\">Back</a>"));
        return Render.page("layout/page.jte", params);
    }

    @Test
    void followsTheGovukPageTemplate() {
        Document page = layout(Render.signedIn(), FormErrors.none());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.selectFirst("html").hasClass("govuk-template")).isTrue();
        assertThat(page.selectFirst("body").hasClass("govuk-template__body")).isTrue();
        assertThat(page.title()).isEqualTo("Find a child – Haven");
        Element skip = page.selectFirst("a.govuk-skip-link");
        assertThat(skip.attr("href")).isEqualTo("#main-content");
        assertThat(page.select("main.govuk-main-wrapper#main-content h1").text())
                .isEqualTo("Find a child");
        assertThat(page.select(".govuk-width-container > nav[aria-label=Back] > .govuk-back-link"))
                .as("the back link in a landmark of its own (axe region)")
                .hasSize(1);
        assertThat(page.select(".govuk-width-container > section.govuk-phase-banner[aria-label]"))
                .hasSize(1);
        assertThat(page.select("header.govuk-header")).hasSize(1);
        assertThat(page.select("footer.govuk-footer").text()).contains("Haven — multi-agency safeguarding");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css", "/css/haven.css");
    }

    @Test
    void prefixesTheTitleWithErrorWhenTheFormHasErrors() {
        FormErrors errors =
                FormErrors.builder().field("surname", "Enter a surname").build();

        assertThat(layout(Render.signedIn(), errors).title()).isEqualTo("Error: Find a child – Haven");
    }

    @Test
    void hasNoInlineScriptsOrStylesSoAStrictCspNeedsNoUnsafeInline() {
        Document page = layout(Render.signedIn(), FormErrors.none());

        assertThat(page.select("script")).allSatisfy(script -> {
            assertThat(script.attr("src")).startsWith("/js/");
            assertThat(script.data()).isBlank();
        });
        assertThat(page.select("script[type=module]").attr("src")).isEqualTo("/js/haven.js");
        assertThat(page.select("body > script").first().attr("src")).isEqualTo("/js/haven-init.js");
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("style")).isEmpty();
        assertThat(page.getAllElements())
                .flatExtracting(element -> element.attributes().asList())
                .allSatisfy(attribute -> {
                    assertThat(attribute.getKey()).doesNotStartWith("on");
                    assertThat(attribute.getValue()).doesNotStartWith("javascript:");
                });
    }

    @Test
    void namesTheServiceInTextWithoutTheCrown() {
        Element header = layout(Render.signedIn(), FormErrors.none()).selectFirst("header");

        assertThat(header.selectFirst(".govuk-header__link--homepage").text()).isEqualTo("Haven");
        assertThat(header.select("svg")).isEmpty();
    }

    @Test
    void showsWhoIsSignedInAndSignsOutWithAPostCarryingTheCsrfToken() {
        Element header = layout(Render.signedIn(), FormErrors.none()).selectFirst("header");

        assertThat(header.text()).contains("Alex Example").contains("Example Borough Council");
        Element form = header.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/logout");
        assertThat(form.select("input[type=hidden][name=_csrf]").val()).isEqualTo("token-123");
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Sign out");
        assertThat(header.select("a:contains(Sign out)")).isEmpty();
    }

    @Test
    void anonymousPagesHaveNoAccountDetailsOrNavigation() {
        Document page = layout(Render.anonymous(true), FormErrors.none());

        assertThat(page.select("header form")).isEmpty();
        assertThat(page.select(".govuk-service-navigation")).isEmpty();
    }

    @Test
    void marksTheCurrentNavigationItem() {
        Document page = layout(Render.signedIn(), FormErrors.none());

        Element nav = page.selectFirst(".govuk-service-navigation nav");
        assertThat(nav.attr("aria-label")).isEqualTo("Menu");
        assertThat(nav.select("a").eachText()).containsExactly("Home", "Cases");
        Element current = nav.selectFirst("li.govuk-service-navigation__item--active a");
        assertThat(current.text()).isEqualTo("Cases");
        assertThat(current.attr("aria-current")).isEqualTo("page");
        assertThat(nav.select("a[href=/]").hasAttr("aria-current")).isFalse();
    }

    @Test
    void demoServicesSayTheyHoldFictionalDataOnly() {
        Element banner = layout(Render.anonymous(true), FormErrors.none()).selectFirst(".govuk-phase-banner");

        assertThat(banner.selectFirst(".govuk-tag").text()).isEqualTo("Demo");
        assertThat(banner.text()).contains("fictional demo data only");
    }

    @Test
    void liveServicesShowTheBetaBanner() {
        Element banner = layout(Render.anonymous(false), FormErrors.none()).selectFirst(".govuk-phase-banner");

        assertThat(banner.selectFirst(".govuk-tag").text()).isEqualTo("Beta");
        assertThat(banner.text()).doesNotContain("fictional");
    }
}
