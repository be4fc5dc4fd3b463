package app.haven.platform.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into memory and written to the response in one piece. JTE's own view writes each fragment of a
 * page (hundreds on a register page) through Spring Security's and Spring Session's response wrappers, each of which
 * counts it, and through Tomcat's encoder: a fifth of a register request's time in the JVM went there (ADR 0008). A
 * page is a few hundred kilobytes at most, so holding it costs little; a template that fails part-way now sends none
 * of the half-built page, and the error page is shown whole. The page is held as UTF-8 bytes, not as a string: the
 * templates' fixed text is compiled to bytes ({@code binaryStaticContent}), only what a page fills in is encoded, and
 * the bytes go to the socket as they are, with their length, instead of being built as a string, copied and encoded
 * again (a third of a register request's garbage, and so of the pauses every request shares).
 */
@Configuration(proxyBeanMethods = false)
class BufferedPageViews {

    /** The size of each piece the page is held in: most pages fit in a few. */
    private static final int CHUNK_BYTES = 16 * 1024;

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templateEngine, JteProperties properties) {
        return new JteViewResolver(templateEngine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedView(templateEngine);
            }
        };
    }

    /** JTE's view, rendering to bytes first. */
    static final class BufferedView extends JteView {

        private final TemplateEngine templateEngine;

        BufferedView(TemplateEngine templateEngine) {
            super(templateEngine);
            this.templateEngine = templateEngine;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
            Utf8ByteOutput page = new Utf8ByteOutput(CHUNK_BYTES);
            templateEngine.render(getUrl(), model, page);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(page.getContentLength());
            try {
                page.writeTo(response.getOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
