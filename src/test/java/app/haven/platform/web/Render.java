package app.haven.platform.web;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** Renders templates with the classes the Maven build precompiled, exactly as the running service does. */
final class Render {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Render() {}

    static String html(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, params, output);
        return output.toString();
    }

    static Document page(String template, Map<String, Object> params) {
        return Jsoup.parse(html(template, params));
    }

    /** A component rendered on its own, parsed as a fragment of a body. */
    static Document fragment(String template, Map<String, Object> params) {
        return Jsoup.parseBodyFragment(html(template, params));
    }

    static Content markup(String html) {
        return output -> output.writeContent(html);
    }

    static PageChrome signedIn() {
        return new PageChrome(
                Optional.of(new PageChrome.SignedInUser("Alex Example", "Example Borough Council")),
                List.of(
                        new PageChrome.NavLink("Home", "/", false, false),
                        new PageChrome.NavLink("Cases", "/cases", true, true)),
                "/cases",
                Optional.of(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-123")),
                true);
    }

    static PageChrome anonymous(boolean demo) {
        return PageChrome.anonymous(
                "/sign-in", Optional.of(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-456")), demo);
    }
}
