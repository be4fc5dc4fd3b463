package app.haven.people;

import app.haven.people.matching.IdentifierType;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** NHS number, UPN, police and council person ids. */
@Controller
class IdentifierController {

    static final String VIEW = "people/identifierForm";

    private final RecordGuard guard;
    private final RecordSectionPage pages;
    private final PersonIdentifiers identifiers;

    IdentifierController(RecordGuard guard, RecordSectionPage pages, PersonIdentifiers identifiers) {
        this.guard = guard;
        this.pages = pages;
        this.identifiers = identifiers;
    }

    @GetMapping({"/children/{id}/identifiers/new", "/people/{id}/identifiers/new"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showAddIdentifier(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return pages.show(VIEW, guard.require(id, user), new IdentifierForm("", ""), FormErrors.none(), model);
    }

    @PostMapping({"/children/{id}/identifiers/new", "/people/{id}/identifiers/new"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String addIdentifier(
            @PathVariable long id,
            @ModelAttribute("form") IdentifierForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        FormErrors errors = form.validate();
        if (!errors.hasErrors()) {
            IdentifierType type = form.identifierType().orElseThrow();
            if (identifiers.holds(id, type, form.normalised())) {
                errors = FormErrors.builder()
                        .field("value", "This record already has that " + type.label())
                        .build();
            }
        }
        if (errors.hasErrors()) {
            return pages.show(VIEW, person, form, errors, model);
        }
        IdentifierType type = form.identifierType().orElseThrow();
        identifiers.add(id, type, form.normalised(), user);
        return RecordSectionPage.done(person, type.label() + " added", redirect);
    }

    @GetMapping({"/children/{id}/identifiers/{identifierId}/remove", "/people/{id}/identifiers/{identifierId}/remove"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showRemoveIdentifier(
            @PathVariable long id,
            @PathVariable long identifierId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        PersonSummary person = guard.require(id, user);
        return pages.confirm(
                person,
                "Remove this identifier?",
                "Remove an identifier that was recorded in error or no longer applies. It stays in the record's history.",
                "Remove identifier",
                "/identifiers/" + identifierId + "/remove",
                false,
                new EndForm(null),
                FormErrors.none(),
                model);
    }

    @PostMapping({"/children/{id}/identifiers/{identifierId}/remove", "/people/{id}/identifiers/{identifierId}/remove"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String removeIdentifier(
            @PathVariable long id,
            @PathVariable long identifierId,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        if (!identifiers.remove(id, identifierId, user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return RecordSectionPage.done(person, "Identifier removed", redirect);
    }
}
