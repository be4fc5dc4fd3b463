package app.haven.intelligence;

import app.haven.identity.ChildAccess;
import app.haven.identity.OutsideRecordScope;
import app.haven.people.People;
import app.haven.people.PersonSummary;
import app.haven.platform.HavenPrincipal;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A child's intelligence links: only those whose other end the reader may see, conditional evidence withheld. */
@Controller
class ChildIntelligenceController {

    private final ChildAccess access;
    private final People people;
    private final EntityQueries entities;
    private final LinkQueries links;
    private final IntelligencePages pages;

    ChildIntelligenceController(
            ChildAccess access, People people, EntityQueries entities, LinkQueries links, IntelligencePages pages) {
        this.access = access;
        this.people = people;
        this.entities = entities;
        this.links = links;
        this.pages = pages;
    }

    @GetMapping("/children/{childId}/intelligence")
    @PreAuthorize("hasAuthority('VIEW_INTELLIGENCE')")
    String showChildIntelligence(
            @PathVariable long childId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        if (!access.canOpen(user, childId)) {
            throw OutsideRecordScope.child(childId);
        }
        PersonSummary child = people.find(childId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<EntityView> entity = entities.forPerson(people.recordIds(child.id()), user);
        List<LinkView> shown = entity.map(e -> links.ofEntity(e.id(), user)).orElse(List.of());
        pages.childShown(child.id(), "intel-child", child.id());
        model.addAttribute("child", child);
        model.addAttribute("entity", entity);
        model.addAttribute("links", shown);
        return "intelligence/child";
    }
}
