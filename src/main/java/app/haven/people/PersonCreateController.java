package app.haven.people;

import app.haven.audit.AuditLog;
import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording a new child or adult. The duplicate check runs on every submission: likely matches are shown side by
 * side with the details typed, and a new record needs a reason once the user has seen them.
 */
@Controller
class PersonCreateController {

    static final String VIEW = "people/new";
    static final String DUPLICATES_VIEW = "people/duplicates";

    private final PersonRecords records;
    private final DuplicateCheck duplicates;
    private final AreaOptions areas;
    private final AuditLog audit;
    private final Clock clock;

    PersonCreateController(
            PersonRecords records, DuplicateCheck duplicates, AreaOptions areas, AuditLog audit, Clock clock) {
        this.records = records;
        this.duplicates = duplicates;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/people/new")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showNewPerson(@RequestParam(defaultValue = "CHILD") String kind, Model model) {
        PersonForm form = PersonForm.empty();
        form = new PersonForm(
                kind.equals("ADULT") ? "ADULT" : "CHILD",
                "",
                "",
                "",
                form.dateOfBirth(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "");
        return page(form, FormErrors.none(), model);
    }

    @PostMapping("/people/new")
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String createPerson(
            @ModelAttribute("form") PersonForm form,
            @RequestParam(name = "decision", defaultValue = "") String decision,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = form.validate(LocalDate.now(clock));
        if (errors.hasErrors() || decision.equals("edit")) {
            return page(form, errors, model);
        }
        DuplicateCheck.Outcome check = duplicates.check(user, form.toNewPerson(List.of()));
        boolean confirmingNew = decision.equals("new");
        if (check.needsALook() && !(confirmingNew && !form.newRecordReason().isEmpty())) {
            FormErrors reasonMissing = confirmingNew
                    ? FormErrors.builder()
                            .field("newRecordReason", "Enter why none of these records is the same person")
                            .build()
                    : FormErrors.none();
            return duplicatesPage(form, check, reasonMissing, model);
        }
        List<Long> shown = check.shownIds();
        PersonForm kept = check.needsALook() ? form : withoutReason(form);
        long id = records.create(kept.toNewPerson(shown), user);
        redirect.addFlashAttribute("created", true);
        return "redirect:" + PersonLinks.record(id, PersonKind.valueOf(form.kind()));
    }

    private static PersonForm withoutReason(PersonForm f) {
        return new PersonForm(
                f.kind(),
                f.givenNames(),
                f.familyName(),
                f.preferredName(),
                f.dateOfBirth(),
                f.dateOfBirthEstimated(),
                f.sex(),
                f.areaId(),
                f.nhsNumber(),
                f.upn(),
                f.policeId(),
                f.councilId(),
                "",
                f.sendStatus(),
                f.learningDisability(),
                f.school(),
                f.postcode(),
                f.parentName());
    }

    private String page(PersonForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("areas", areas.options());
        return VIEW;
    }

    /**
     * The check's page. The records it shows (names, dates of birth and areas of those the user may open, who knows
     * the others) are audited as a search's results are: one entry naming their ids.
     */
    private String duplicatesPage(PersonForm form, DuplicateCheck.Outcome check, FormErrors errors, Model model) {
        if (!check.shownIds().isEmpty()) {
            audit.listShown("duplicate-check", "people", check.shownIds());
        }
        model.addAttribute("form", form);
        model.addAttribute("matches", check.likely());
        model.addAttribute("possible", check.possible());
        model.addAttribute("namesakes", check.namesakes());
        model.addAttribute("undated", check.undated());
        model.addAttribute("errors", errors);
        model.addAttribute("areaName", areas.name(form.areaId()));
        return DUPLICATES_VIEW;
    }
}
