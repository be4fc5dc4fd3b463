package app.haven.people;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
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

/** Merging a duplicate into this record (managers: APPROVE), and undoing a merge. */
@Controller
class MergeController {

    static final String VIEW = "people/merge";
    static final String UNDO_VIEW = "people/undoMerge";

    private final RecordGuard guard;
    private final RecordSectionPage pages;
    private final PersonMerges merges;
    private final DuplicateCheck duplicates;
    private final PersonDetails details;
    private final PersonDetailsChanges names;
    private final PersonAccess access;

    MergeController(
            RecordGuard guard,
            RecordSectionPage pages,
            PersonMerges merges,
            DuplicateCheck duplicates,
            PersonDetails details,
            PersonDetailsChanges names,
            PersonAccess access) {
        this.guard = guard;
        this.pages = pages;
        this.merges = merges;
        this.duplicates = duplicates;
        this.details = details;
        this.names = names;
        this.access = access;
    }

    @GetMapping({"/children/{id}/merge", "/people/{id}/merge"})
    @PreAuthorize("hasAuthority('APPROVE')")
    String showMerge(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page(guard.require(id, user), user, MergeForm.empty(), FormErrors.none(), model);
    }

    @PostMapping({"/children/{id}/merge", "/people/{id}/merge"})
    @PreAuthorize("hasAuthority('APPROVE')")
    String merge(
            @PathVariable long id,
            @ModelAttribute("form") MergeForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        FormErrors errors = form.validate();
        if (!errors.hasErrors()) {
            long other = form.other().get();
            Optional<String> problem = access.canOpen(user, other)
                    ? merges.problem(id, other)
                    : Optional.of("You cannot open that record, so you cannot merge it");
            if (problem.isPresent()) {
                errors = FormErrors.builder().field("otherId", problem.get()).build();
            }
        }
        if (errors.hasErrors()) {
            return page(person, user, form, errors, model);
        }
        merges.merge(id, form.other().get(), form.reason(), user);
        return RecordSectionPage.done(person, "Record " + form.other().get() + " merged into this record", redirect);
    }

    @GetMapping("/people/merges/{mergeId}/undo")
    @PreAuthorize("hasAuthority('APPROVE')")
    String showUndoMerge(@PathVariable long mergeId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary kept = keptOf(mergeId, user);
        return undoPage(kept, mergeId, "", FormErrors.none(), model);
    }

    @PostMapping("/people/merges/{mergeId}/undo")
    @PreAuthorize("hasAuthority('APPROVE')")
    String undoMerge(
            @PathVariable long mergeId,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary kept = keptOf(mergeId, user);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > MergeForm.MAX_REASON) {
            FormErrors errors = FormErrors.builder()
                    .field(
                            "reason",
                            why.isEmpty()
                                    ? "Enter why the merge was wrong"
                                    : "Reason must be " + MergeForm.MAX_REASON + " characters or fewer")
                    .build();
            return undoPage(kept, mergeId, reason, errors, model);
        }
        merges.undo(mergeId, why, user);
        return RecordSectionPage.done(kept, "Merge undone: both records stand alone again", redirect);
    }

    private PersonSummary keptOf(long mergeId, HavenPrincipal user) {
        long[] merge = merges.activeMerge(mergeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return guard.require(merge[0], user);
    }

    private String undoPage(PersonSummary kept, long mergeId, String reason, FormErrors errors, Model model) {
        model.addAttribute("mergeId", mergeId);
        model.addAttribute("reason", reason);
        return pages.show(UNDO_VIEW, kept, MergeForm.empty(), errors, model);
    }

    private String page(PersonSummary person, HavenPrincipal user, MergeForm form, FormErrors errors, Model model) {
        String[] legal = names.legalName(person.id()).orElse(new String[] {"", ""});
        List<SearchResultView> candidates = duplicates.similarTo(
                user,
                person.id(),
                legal[0],
                legal[1],
                details.find(person.id()).flatMap(PersonDetails.Details::dateOfBirth));
        List<Option> options = candidates.stream()
                .map(c -> new Option(
                        String.valueOf(c.id()),
                        c.details().get().name() + " (record " + c.id() + ")",
                        c.details().get().dateOfBirth() + ". "
                                + String.join("; ", c.details().get().reasons())))
                .toList();
        model.addAttribute("options", options);
        return pages.show(VIEW, person, form, errors, model);
    }
}
