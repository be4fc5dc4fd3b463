package app.haven.engagement;

import app.haven.platform.web.PageChrome;
import app.haven.platform.web.SecurityHeaders;
import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a client that sends more public forms than its allowance with 429 Too Many Requests and a page that says
 * so, before Spring Security, the session or the database are touched: a flood costs Haven almost nothing, and real
 * visitors keep being answered. The client is the connection's address as Tomcat reports it, which believes
 * {@code X-Forwarded-For} only from the proxies in {@code HAVEN_TRUSTED_PROXIES} (platform's TrustedProxies), so a
 * flooder cannot choose a new address for every request.
 */
class PublicFormLimit extends OncePerRequestFilter {

    private final ClientAllowance allowance;
    private final TemplateEngine templates;
    private final boolean demo;

    PublicFormLimit(ClientAllowance allowance, TemplateEngine templates, boolean demo) {
        this.allowance = allowance;
        this.templates = templates;
        this.demo = demo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (allowance.take(client)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        SecurityHeaders.writeTo(response);
        response.setHeader(
                "Retry-After",
                String.valueOf(Math.max(1, allowance.waitFor(client).toSeconds())));
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PageChrome chrome = PageChrome.anonymous(request.getRequestURI(), Optional.empty(), demo);
        templates.render(
                "engagement/tooMany.jte", Map.of("chrome", chrome), new PrintWriterOutput(response.getWriter()));
    }
}
