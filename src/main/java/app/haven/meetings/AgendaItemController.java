package app.haven.meetings;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.DateParts;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One agenda item: the discussion notes and band agreed (a stale save shows both versions and keeps what was typed),
 * decisions, and actions for people of any agency working in the meeting's area.
 */
@Controller
class AgendaItemController {

    private final MeetingPages pages;
    private final ItemPage page;
    private final AgendaNotes notes;
    private final Actions actions;
    private final Clock clock;

    AgendaItemController(MeetingPages pages, ItemPage page, AgendaNotes notes, Actions actions, Clock clock) {
        this.pages = pages;
        this.page = page;
        this.notes = notes;
        this.actions = actions;
        this.clock = clock;
    }

    @GetMapping("/agenda-items/{itemId}")
    @PreAuthorize("hasAuthority('VIEW_CHILD')")
    String showItem(@PathVariable long itemId, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        return page.show(pages.item(itemId, user), user, model).render();
    }

    @PostMapping("/agenda-items/{itemId}/notes")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String saveNotes(
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String notes,
            @RequestParam(defaultValue = "") String band,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        AgendaQueries.ItemRef item = pages.item(itemId, user);
        NotesForm form = new NotesForm(notes, band, version);
        FormErrors.Builder errors = FormErrors.builder();
        Forms.text(errors, "notes", notes, "the notes", 8000, false);
        if (!band.isEmpty() && !AgendaNotes.BANDS.contains(band)) {
            errors.field("band", "Select the band agreed, or none");
        }
        if (errors.build().hasErrors()) {
            return page.show(item, user, model)
                    .notes(form)
                    .errors(errors.build())
                    .render();
        }
        Optional<String> agreed = Optional.of(band).filter(b -> !b.isEmpty());
        if (!this.notes.save(item, notes.strip(), agreed, version, user)) {
            return page.show(item, user, model).conflict(form).render();
        }
        redirect.addFlashAttribute("message", "Notes saved");
        return "redirect:/agenda-items/" + itemId;
    }

    @PostMapping("/agenda-items/{itemId}/decisions")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String recordDecision(
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String decision,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        AgendaQueries.ItemRef item = pages.item(itemId, user);
        FormErrors.Builder errors = FormErrors.builder();
        Forms.text(errors, "decision", decision, "the decision", 2000, true);
        if (errors.build().hasErrors()) {
            return page.show(item, user, model)
                    .decision(decision)
                    .errors(errors.build())
                    .render();
        }
        notes.decide(item, decision.strip(), user);
        redirect.addFlashAttribute("message", "Decision recorded");
        return "redirect:/agenda-items/" + itemId + "#decisions";
    }

    @PostMapping("/agenda-items/{itemId}/actions")
    @PreAuthorize("hasAuthority('MANAGE_MEETINGS')")
    String giveAction(
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String owner,
            @RequestParam(name = "due.day", defaultValue = "") String day,
            @RequestParam(name = "due.month", defaultValue = "") String month,
            @RequestParam(name = "due.year", defaultValue = "") String year,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        AgendaQueries.ItemRef item = pages.item(itemId, user);
        MeetingView meeting = pages.meeting(item.meetingId(), user);
        ActionForm form = new ActionForm(description, owner, new DateParts(day, month, year));
        FormErrors.Builder errors = FormErrors.builder();
        Forms.text(errors, "description", description, "what must be done", 1000, true);
        Optional<Long> ownerId = Forms.id(owner)
                .filter(id -> page.owners(meeting, user).stream()
                        .anyMatch(o -> o.value().equals(String.valueOf(id))));
        if (ownerId.isEmpty()) {
            errors.field("owner", "Select who will do it: every action has an owner");
        }
        Optional<LocalDate> due = dueDate(form.due(), errors);
        if (errors.build().hasErrors()) {
            return page.show(item, user, model)
                    .action(form)
                    .errors(errors.build())
                    .render();
        }
        actions.assign(
                new Actions.NewAction(
                        meeting, Optional.of(itemId), item.childId(), description.strip(), ownerId.get(), due.get()),
                user);
        redirect.addFlashAttribute("message", "Action given. It is in its owner's inbox.");
        return "redirect:/agenda-items/" + itemId + "#actions";
    }

    private Optional<LocalDate> dueDate(DateParts due, FormErrors.Builder errors) {
        Optional<LocalDate> date = due.toDate();
        if (due.isBlank()) {
            errors.date("due", "Enter the date the action is due");
        } else if (date.isEmpty()) {
            errors.date("due", "The due date must be a real date");
        } else if (date.get().isBefore(LocalDate.now(clock))) {
            errors.date("due", "The due date must be today or in the future");
        }
        return date;
    }
}
