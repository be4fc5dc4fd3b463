package app.haven.intelligence;

import app.haven.platform.HavenPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ending a link: it stays on record, out of the network, and the alert rule is checked again. */
@Controller
class LinkController {

    private final LinkQueries links;
    private final Links writes;

    LinkController(LinkQueries links, Links writes) {
        this.links = links;
        this.writes = writes;
    }

    @PostMapping("/intelligence/links/{linkId}/end")
    @PreAuthorize("hasAuthority('RECORD_INTELLIGENCE')")
    String endLink(
            @PathVariable long linkId,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        LinkView link = links.visible(linkId, user)
                .orElseThrow(() -> links.exists(linkId)
                        ? new AccessDeniedException("link outside record scope")
                        : new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            writes.end(link, version, user);
            redirect.addFlashAttribute("message", "Link ended: " + link.sentence() + ".");
        } catch (LinkRefused refused) {
            redirect.addFlashAttribute("message", refused.getMessage());
        }
        return "redirect:/intelligence/entities/" + link.fromId();
    }
}
