package app.haven.platform.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
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
 * of the half-built page, and the error page is shown whole.
 */
@Configuration(proxyBeanMethods = false)
class BufferedPageViews {

    /** Large enough for a register or coordinator page of fifty rows without growing. */
    private static final int INITIAL_CHARS = 64 * 1024;

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templateEngine, JteProperties properties) {
        return new JteViewResolver(templateEngine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedView(templateEngine);
            }
        };
    }

    /** JTE's view, rendering to a string first. */
    static final class BufferedView extends JteView {

        private final TemplateEngine templateEngine;

        BufferedView(TemplateEngine templateEngine) {
            super(templateEngine);
            this.templateEngine = templateEngine;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
            StringOutput page = new StringOutput(INITIAL_CHARS);
            templateEngine.render(getUrl(), model, page);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            try {
                response.getWriter().write(page.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
