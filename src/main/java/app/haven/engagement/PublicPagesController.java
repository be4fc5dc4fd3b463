package app.haven.engagement;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Haven's public pages, for anyone without signing in: published resources only, the top 10 page, and the way to
 * report a concern. They show nothing about any child or any record, and count views without keeping anything about
 * the visitor. They are served from {@link PublicContent} (no database work, no session) with a tag ({@code ETag}) so a
 * browser asking again gets "not modified", and may be kept by browsers and shared caches for {@link #MAX_AGE}.
 */
@Controller
class PublicPagesController {

    /** Only the file itself: no script, no plugin, no frame, and a sandbox should a browser render it anyway. */
    static final String FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    /**
     * How long a browser or shared cache may show a public page without asking again: a withdrawn resource may thus
     * stay visible to someone who already had the page for up to a minute.
     */
    static final String MAX_AGE = "public, max-age=60";

    private final Resources resources;
    private final ResourceFiles files;
    private final PublicContent content;
    private final ResourceViewCounts views;

    PublicPagesController(Resources resources, ResourceFiles files, PublicContent content, ResourceViewCounts views) {
        this.resources = resources;
        this.files = files;
        this.content = content;
        this.views = views;
    }

    @GetMapping("/public")
    @PermitAll
    String publicHome(WebRequest request, HttpServletResponse response) {
        return unchanged(content.now(), request, response) ? null : "engagement/publicHome";
    }

    @GetMapping("/public/top-ten")
    @PermitAll
    String publicTopTen(WebRequest request, HttpServletResponse response, Model model) {
        PublicContent.Snapshot now = content.now();
        if (unchanged(now, request, response)) {
            return null;
        }
        model.addAttribute("points", now.topTen());
        return "engagement/publicTopTen";
    }

    @GetMapping("/public/resources")
    @PermitAll
    String publicResources(
            @RequestParam(defaultValue = "") String audience,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        PublicContent.Snapshot now = content.now();
        if (unchanged(now, request, response)) {
            return null;
        }
        String chosen = EngagementChoices.isOneOf(EngagementChoices.AUDIENCES, audience) ? audience : "";
        model.addAttribute("resources", now.published(chosen));
        model.addAttribute("audience", chosen);
        model.addAttribute("audiences", EngagementChoices.AUDIENCES);
        return "engagement/publicResources";
    }

    @GetMapping("/public/resources/{resourceId}")
    @PermitAll
    String publicResource(
            @PathVariable long resourceId, WebRequest request, HttpServletResponse response, Model model) {
        PublicContent.Snapshot now = content.now();
        ResourceView resource = now.published(resourceId).orElseThrow(NotPublished::new);
        views.viewed(resourceId);
        if (unchanged(now, request, response)) {
            return null;
        }
        model.addAttribute("resource", resource);
        return "engagement/publicResource";
    }

    /**
     * Marks the page cacheable with the content's tag; true (and "304 Not Modified" sent) when the browser already holds
     * this version.
     */
    private static boolean unchanged(PublicContent.Snapshot now, WebRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, MAX_AGE);
        return request.checkNotModified(now.tag());
    }

    @GetMapping("/public/resources/{resourceId}/file")
    @PermitAll
    ResponseEntity<Resource> publicFile(@PathVariable long resourceId) {
        Resources.StoredFile file = resources.publishedFile(resourceId).orElseThrow(NotPublished::new);
        Path path = files.pathOf(file.key());
        if (!Files.isRegularFile(path)) {
            throw new NotPublished();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type()))
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", FILE_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .body(new FileSystemResource(path));
    }
}
