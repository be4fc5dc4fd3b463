package app.haven.screening;

import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.screening.banding.ToolDefinition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draft screening: the form, saving it (by hand, or the page's autosave), submitting it once, discarding it. Every
 * page audits one read; every save one change; a stale save (a colleague saved since) writes nothing and shows both.
 */
@Controller
class DraftController {

    static final String FORM_VIEW = "screening/form";
    static final String DISCARD_VIEW = "screening/discard";
    /** The response header that tells the autosave the version it saved, so its next save is not stale. */
    static final String VERSION_HEADER = "Haven-Version";

    private final ScreeningPages pages;
    private final Screenings screenings;
    private final AuditLog audit;
    private final Clock clock;

    DraftController(ScreeningPages pages, Screenings screenings, AuditLog audit, Clock clock) {
        this.pages = pages;
        this.screenings = screenings;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/screenings/{id}")
    @PreAuthorize("hasAuthority('SCREEN')")
    String showScreening(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ScreeningRecord screening = pages.screening(id, user);
        if (!screening.isDraft()) {
            return "redirect:/screenings/" + id + "/result";
        }
        return form(screening, screening.form(), screening.version(), FormErrors.none(), Optional.empty(), model);
    }

    /** The autosave: 204 with the new version when saved; 409 when a colleague saved since; 422 on bad input. */
    @PostMapping(path = "/screenings/{id}", params = "autosave")
    @PreAuthorize("hasAuthority('SCREEN')")
    @ResponseBody
    ResponseEntity<Void> autosave(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user) {
        ScreeningRecord screening = pages.screening(id, user);
        ToolDefinition tool = pages.tool(screening);
        Set<String> unknown = new HashSet<>();
        ScreeningForm form = ScreeningForm.from(params, tool, unknown);
        if (!unknown.isEmpty() || shape(form, tool, screening).hasErrors()) {
            return ResponseEntity.unprocessableEntity().build();
        }
        OptionalInt saved = screenings.saveDraft(screening, form, version, user);
        if (saved.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        return ResponseEntity.noContent()
                .header(VERSION_HEADER, String.valueOf(saved.getAsInt()))
                .build();
    }

    @PostMapping("/screenings/{id}")
    @PreAuthorize("hasAuthority('SCREEN')")
    String saveScreening(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        ScreeningRecord screening = pages.screening(id, user);
        if (!screening.isDraft()) {
            return "redirect:/screenings/" + id + "/result";
        }
        ToolDefinition tool = pages.tool(screening);
        Set<String> unknown = new HashSet<>();
        ScreeningForm form = ScreeningForm.from(params, tool, unknown);
        FormErrors shape = unknown.isEmpty()
                ? shape(form, tool, screening)
                : FormErrors.builder()
                        .form("The form had answers to questions this tool does not ask. Nothing was saved: reload"
                                + " the page.")
                        .build();
        if (shape.hasErrors()) {
            return form(screening, form, version, shape, Optional.empty(), model);
        }
        if (!"submit".equals(params.get("action"))) {
            if (screenings.saveDraft(screening, form, version, user).isEmpty()) {
                return afterStaleSave(id, form, user, model);
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/screenings/" + id;
        }
        FormErrors complete = form.checkComplete(tool, LocalDate.now(clock), pages.dateOfBirth(screening));
        if (complete.hasErrors()) {
            OptionalInt saved = screenings.saveDraft(screening, form, version, user);
            if (saved.isEmpty()) {
                return afterStaleSave(id, form, user, model);
            }
            return formAfterChange(screening, form, saved.getAsInt(), complete, model);
        }
        if (screenings.submit(screening, form, version, tool, user).isEmpty()) {
            return afterStaleSave(id, form, user, model);
        }
        return "redirect:/screenings/" + id + "/result";
    }

    @GetMapping("/screenings/{id}/discard")
    @PreAuthorize("hasAuthority('SCREEN')")
    String confirmDiscard(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        ScreeningRecord screening = pages.screening(id, user);
        if (!screening.isDraft()) {
            return "redirect:/screenings/" + id + "/result";
        }
        audit.childRecordViewed(screening.childId(), "screening", id);
        model.addAttribute("screening", screening);
        model.addAttribute("tool", pages.tool(screening));
        model.addAttribute("child", pages.child(screening));
        return DISCARD_VIEW;
    }

    @PostMapping("/screenings/{id}/discard")
    @PreAuthorize("hasAuthority('SCREEN')")
    String discard(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, RedirectAttributes redirect) {
        ScreeningRecord screening = pages.screening(id, user);
        if (!screenings.discard(screening, user)) {
            return "redirect:/screenings/" + id + "/result";
        }
        redirect.addFlashAttribute("message", "Draft screening discarded");
        return "redirect:/children/" + screening.childId() + "/screenings";
    }

    /**
     * Nothing was written: either the screening was completed meanwhile (a double submit, answered as the success
     * it was) or a colleague saved first, and both versions are shown with what this user typed kept.
     */
    private String afterStaleSave(long id, ScreeningForm typed, HavenPrincipal user, Model model) {
        ScreeningRecord now = pages.screening(id, user);
        if (!now.isDraft()) {
            return "redirect:/screenings/" + id + "/result";
        }
        FormErrors conflict = FormErrors.builder()
                .form(now.updatedBy() + " saved this screening at "
                        + now.updatedAtText().replace(" at ", ", ")
                        + " while you were editing it. Nothing of yours was saved yet: compare their answers below"
                        + " with yours, change yours if you need to, and save again.")
                .build();
        return form(now, typed, now.version(), conflict, Optional.of(now), model);
    }

    private FormErrors shape(ScreeningForm form, ToolDefinition tool, ScreeningRecord screening) {
        return form.checkShape(tool, LocalDate.now(clock), pages.dateOfBirth(screening))
                .build();
    }

    /** The form as a read of the child's record: one audit row. */
    private String form(
            ScreeningRecord screening,
            ScreeningForm form,
            int version,
            FormErrors errors,
            Optional<ScreeningRecord> theirs,
            Model model) {
        audit.childRecordViewed(screening.childId(), "screening", screening.id());
        return formAfterChange(screening, form, version, errors, model, theirs);
    }

    /** The form after a save that was itself audited. */
    private String formAfterChange(
            ScreeningRecord screening, ScreeningForm form, int version, FormErrors errors, Model model) {
        return formAfterChange(screening, form, version, errors, model, Optional.empty());
    }

    private String formAfterChange(
            ScreeningRecord screening,
            ScreeningForm form,
            int version,
            FormErrors errors,
            Model model,
            Optional<ScreeningRecord> theirs) {
        ToolDefinition tool = pages.tool(screening);
        model.addAttribute("screening", screening);
        model.addAttribute("tool", tool);
        model.addAttribute("child", pages.child(screening));
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "theirs",
                theirs.map(t -> DraftDifferences.between(tool, t.form(), form)).orElse(null));
        model.addAttribute("theirsBy", theirs.map(ScreeningRecord::updatedBy).orElse(""));
        return FORM_VIEW;
    }
}
