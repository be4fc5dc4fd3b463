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
 * Answers a resource upload larger than the multipart limit with a GOV.UK page that says so (413 Content Too Large),
 * before Spring Security reads the form. Without it, Tomcat would refuse to read the oversized form, its CSRF token
 * would be missing and the editor would see "you cannot do that" instead of "choose a smaller file". Files up to the
 * limit but over the resource size (10 MB) are refused on the form itself, with what was typed kept ({@link
 * UploadCheck}); beyond the limit nothing of the form is read, and the page sends the editor back to it (browsers keep
 * what was typed in a form they go back to, but not the chosen file).
 */
class OversizedUploads extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final long maxFileMegabytes;
    private final TemplateEngine templates;
    private final boolean demo;

    OversizedUploads(long maxRequestBytes, long maxFileMegabytes, TemplateEngine templates, boolean demo) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxFileMegabytes = maxFileMegabytes;
        this.templates = templates;
        this.demo = demo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        SecurityHeaders.writeTo(response);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String back = request.getRequestURI().endsWith("/edit") ? request.getRequestURI() : "/engagement/resources/new";
        templates.render(
                "engagement/tooLarge.jte",
                Map.of(
                        "chrome",
                        PageChrome.anonymous(request.getRequestURI(), Optional.empty(), demo),
                        "back",
                        back,
                        "maxMegabytes",
                        maxFileMegabytes),
                new PrintWriterOutput(response.getWriter()));
    }
}
