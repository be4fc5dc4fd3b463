package app.haven.people;

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

/** Preferred names, aliases and nicknames, previous names. */
@Controller
class NameController {

    static final String VIEW = "people/nameForm";
    static final String REMOVE_VIEW = "people/confirmChange";

    private final RecordGuard guard;
    private final RecordSectionPage pages;
    private final PersonNames names;

    NameController(RecordGuard guard, RecordSectionPage pages, PersonNames names) {
        this.guard = guard;
        this.pages = pages;
        this.names = names;
    }

    @GetMapping({"/children/{id}/names/new", "/people/{id}/names/new"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showAddName(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return pages.show(VIEW, guard.require(id, user), new NameForm("", "", ""), FormErrors.none(), model);
    }

    @PostMapping({"/children/{id}/names/new", "/people/{id}/names/new"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String addName(
            @PathVariable long id,
            @ModelAttribute("form") NameForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        FormErrors errors = form.validate();
        if (errors.hasErrors()) {
            return pages.show(VIEW, person, form, errors, model);
        }
        NameType type = NameType.valueOf(form.type());
        names.add(id, type, form.givenNames(), form.familyName(), user);
        return RecordSectionPage.done(person, type.label() + " added", redirect);
    }

    @GetMapping({"/children/{id}/names/{nameId}/remove", "/people/{id}/names/{nameId}/remove"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showRemoveName(
            @PathVariable long id,
            @PathVariable long nameId,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model) {
        PersonSummary person = guard.require(id, user);
        return pages.confirm(
                person,
                "Remove this name?",
                "The name stays in the record's history and still finds the person in search.",
                "Remove name",
                "/names/" + nameId + "/remove",
                false,
                new EndForm(null),
                FormErrors.none(),
                model);
    }

    @PostMapping({"/children/{id}/names/{nameId}/remove", "/people/{id}/names/{nameId}/remove"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String removeName(
            @PathVariable long id,
            @PathVariable long nameId,
            @AuthenticationPrincipal HavenPrincipal user,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        if (!names.remove(id, nameId, user)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return RecordSectionPage.done(person, "Name removed", redirect);
    }
}
