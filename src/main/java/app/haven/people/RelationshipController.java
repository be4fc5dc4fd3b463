package app.haven.people;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Relating two people: search for the other person on the same page (only records the user may open can be
 * chosen), pick the relationship, record when it began.
 */
@Controller
class RelationshipController {

    static final String VIEW = "people/relationshipForm";

    private final RecordGuard guard;
    private final RecordSectionPage pages;
    private final PersonRelationships relationships;
    private final SearchResults results;
    private final PersonAccess access;
    private final Clock clock;

    RelationshipController(
            RecordGuard guard,
            RecordSectionPage pages,
            PersonRelationships relationships,
            SearchResults results,
            PersonAccess access,
            Clock clock) {
        this.guard = guard;
        this.pages = pages;
        this.relationships = relationships;
        this.results = results;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping({"/children/{id}/relationships/new", "/people/{id}/relationships/new"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showAddRelationship(
            @PathVariable long id,
            @RequestParam(name = "s", required = false) String searchId,
            @AuthenticationPrincipal HavenPrincipal user,
            HttpSession session,
            Model model) {
        PersonSummary person = guard.require(id, user);
        Optional<String> text = Optional.ofNullable(searchId).flatMap(s -> RecentSearches.recall(session, s));
        return page(person, text, user, RelationshipForm.empty(), FormErrors.none(), model);
    }

    @PostMapping({"/children/{id}/relationships/find", "/people/{id}/relationships/find"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String findRelated(
            @PathVariable long id,
            @RequestParam(name = "q", defaultValue = "") String q,
            @AuthenticationPrincipal HavenPrincipal user,
            HttpSession session,
            Model model) {
        PersonSummary person = guard.require(id, user);
        String text = q.strip();
        if (text.isEmpty() || text.length() > PersonSearchController.MAX_LENGTH) {
            FormErrors errors = FormErrors.builder()
                    .field(
                            "q",
                            text.isEmpty()
                                    ? "Enter a name, date of birth or identifier to search for"
                                    : "Search must be " + PersonSearchController.MAX_LENGTH + " characters or fewer")
                    .build();
            return page(person, Optional.empty(), user, RelationshipForm.empty(), errors, model);
        }
        return "redirect:" + RecordGuard.base(person) + "/relationships/new?s="
                + RecentSearches.remember(session, text);
    }

    @PostMapping({"/children/{id}/relationships/new", "/people/{id}/relationships/new"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String addRelationship(
            @PathVariable long id,
            @ModelAttribute("form") RelationshipForm form,
            @RequestParam(name = "q", defaultValue = "") String q,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        FormErrors errors = form.validate(LocalDate.now(clock), id);
        if (!errors.hasErrors() && !access.canOpen(user, form.related().get())) {
            errors = FormErrors.builder()
                    .field("relatedId", "Select a person from the search results")
                    .build();
        }
        if (errors.hasErrors()) {
            return page(person, Optional.of(q).filter(t -> !t.isBlank()), user, form, errors, model);
        }
        relationships.add(
                id,
                form.related().get(),
                form.relationshipType().get(),
                form.from().toDate(),
                Optional.of(form.note()).filter(n -> !n.isEmpty()),
                user);
        return RecordSectionPage.done(person, "Relationship added", redirect);
    }

    @GetMapping({"/children/{id}/relationships/{relationshipId}/end", "/people/{id}/relationships/{relationshipId}/end"
    })
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showEndRelationship(
            @PathVariable long id,
            @PathVariable long relationshipId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        return endPage(guard.require(id, user), relationshipId, new EndForm(null), FormErrors.none(), model);
    }

    @PostMapping({"/children/{id}/relationships/{relationshipId}/end", "/people/{id}/relationships/{relationshipId}/end"
    })
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String endRelationship(
            @PathVariable long id,
            @PathVariable long relationshipId,
            @ModelAttribute("form") EndForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        FormErrors errors = form.validate(LocalDate.now(clock));
        if (errors.hasErrors()) {
            return endPage(person, relationshipId, form, errors, model);
        }
        if (!relationships.end(id, relationshipId, form.date().toDate().get(), user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return RecordSectionPage.done(person, "Relationship ended", redirect);
    }

    private String endPage(PersonSummary person, long relationshipId, EndForm form, FormErrors errors, Model model) {
        return pages.confirm(
                person,
                "When did the relationship end?",
                "It stays on both records as an ended relationship.",
                "End relationship",
                "/relationships/" + relationshipId + "/end",
                true,
                form,
                errors,
                model);
    }

    private String page(
            PersonSummary person,
            Optional<String> text,
            HavenPrincipal user,
            RelationshipForm form,
            FormErrors errors,
            Model model) {
        List<SearchResultView> found = text.map(t -> results.search(user, t)).orElse(List.of()).stream()
                .filter(SearchResultView::visible)
                .filter(r -> r.id() != person.id())
                .toList();
        model.addAttribute("q", text.orElse(""));
        model.addAttribute("searched", text.isPresent());
        model.addAttribute("candidates", found);
        model.addAttribute("types", RelationshipTypes.options());
        return pages.show(VIEW, person, form, errors, model);
    }
}
