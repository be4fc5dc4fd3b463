package app.haven.engagement;

import jakarta.annotation.security.PermitAll;
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

/**
 * Haven's public pages, for anyone without signing in: published resources only, the top 10 page, and the way to
 * report a concern. They show nothing about any child or any record, and count views without keeping anything about
 * the visitor.
 */
@Controller
class PublicPagesController {

    /** Only the file itself: no script, no plugin, no frame, and a sandbox should a browser render it anyway. */
    static final String FILE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    private final Resources resources;
    private final ResourceFiles files;
    private final TopTen topTen;

    PublicPagesController(Resources resources, ResourceFiles files, TopTen topTen) {
        this.resources = resources;
        this.files = files;
        this.topTen = topTen;
    }

    @GetMapping("/public")
    @PermitAll
    String publicHome() {
        return "engagement/publicHome";
    }

    @GetMapping("/public/top-ten")
    @PermitAll
    String publicTopTen(Model model) {
        model.addAttribute("points", topTen.page().points());
        return "engagement/publicTopTen";
    }

    @GetMapping("/public/resources")
    @PermitAll
    String publicResources(@RequestParam(defaultValue = "") String audience, Model model) {
        String chosen = EngagementChoices.isOneOf(EngagementChoices.AUDIENCES, audience) ? audience : "";
        model.addAttribute("resources", resources.published(chosen));
        model.addAttribute("audience", chosen);
        model.addAttribute("audiences", EngagementChoices.AUDIENCES);
        return "engagement/publicResources";
    }

    @GetMapping("/public/resources/{resourceId}")
    @PermitAll
    String publicResource(@PathVariable long resourceId, Model model) {
        ResourceView resource = resources.published(resourceId).orElseThrow(NotPublished::new);
        resources.viewed(resourceId);
        model.addAttribute("resource", resource);
        return "engagement/publicResource";
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
