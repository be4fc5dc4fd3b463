package app.haven.people;

import app.haven.platform.HavenPrincipal;
import app.haven.platform.web.FormErrors;
import app.haven.platform.web.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * Personal details. If someone else saved the record after this form was opened, nothing is overwritten: the page
 * shows their version beside what this user typed, and the user saves again on top of theirs.
 */
@Controller
class DetailsController {

    static final String VIEW = "people/detailsForm";

    private final RecordGuard guard;
    private final RecordSectionPage pages;
    private final PersonDetails details;
    private final PersonDetailsChanges changes;
    private final AreaOptions areas;
    private final JdbcClient jdbc;
    private final Clock clock;

    DetailsController(
            RecordGuard guard,
            RecordSectionPage pages,
            PersonDetails details,
            PersonDetailsChanges changes,
            AreaOptions areas,
            JdbcClient jdbc,
            Clock clock) {
        this.guard = guard;
        this.pages = pages;
        this.details = details;
        this.changes = changes;
        this.areas = areas;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping({"/children/{id}/details", "/people/{id}/details"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String showDetails(@PathVariable long id, @AuthenticationPrincipal HavenPrincipal user, Model model) {
        PersonSummary person = guard.require(id, user);
        return page(person, current(id), FormErrors.none(), null, model);
    }

    @PostMapping({"/children/{id}/details", "/people/{id}/details"})
    @PreAuthorize("hasAuthority('EDIT_CHILD')")
    String saveDetails(
            @PathVariable long id,
            @ModelAttribute("form") DetailsForm form,
            @AuthenticationPrincipal HavenPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        PersonSummary person = guard.require(id, user);
        FormErrors errors = form.validate(LocalDate.now(clock), ethnicityCodes());
        if (!errors.hasErrors()
                && !form.areaId().isEmpty()
                && areas.name(form.areaId()).equals("Not known")) {
            errors = FormErrors.builder()
                    .field("areaId", "Select an area from the list")
                    .build();
        }
        if (errors.hasErrors()) {
            return page(person, form, errors, null, model);
        }
        if (!changes.save(id, form, user)) {
            DetailsForm theirs = current(id);
            DetailsForm yours = withVersion(form, theirs.version());
            FormErrors conflict = FormErrors.builder()
                    .form("Someone else changed these details after you opened the page. Their version is shown "
                            + "below; your changes are still in the form. Check both, then save again.")
                    .build();
            return page(person, yours, conflict, theirs, model);
        }
        return RecordSectionPage.done(person, "Personal details saved", redirect);
    }

    private DetailsForm current(long id) {
        PersonDetails.Details d = details.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String[] legal = changes.legalName(id).orElse(new String[] {"", ""});
        return DetailsForm.of(d, legal[0], legal[1]);
    }

    private String page(PersonSummary person, DetailsForm form, FormErrors errors, DetailsForm theirs, Model model) {
        model.addAttribute("areas", areas.options());
        model.addAttribute("ethnicities", ethnicityOptions());
        model.addAttribute("theirs", theirs);
        return pages.show(VIEW, person, form, errors, model);
    }

    private List<String> ethnicityCodes() {
        return jdbc.sql("SELECT code FROM ethnicity").query(String.class).list();
    }

    private List<Option> ethnicityOptions() {
        List<Option> options = new ArrayList<>(List.of(new Option("", "Not recorded")));
        options.addAll(jdbc.sql("SELECT code, grouping, label FROM ethnicity ORDER BY ordinal")
                .query((rs, row) -> new Option(
                        rs.getString(1),
                        rs.getString(2).equals(rs.getString(3))
                                ? rs.getString(3)
                                : rs.getString(2) + ": " + rs.getString(3)))
                .list());
        return options;
    }

    private static DetailsForm withVersion(DetailsForm f, String version) {
        return new DetailsForm(
                f.givenNames(),
                f.familyName(),
                f.dateOfBirth(),
                f.dateOfBirthEstimated(),
                f.sex(),
                f.genderIdentity(),
                f.ethnicity(),
                f.firstLanguage(),
                f.interpreterNeeded(),
                f.areaId(),
                f.educationSetting(),
                f.sendStatus(),
                f.learningDisability(),
                f.disability(),
                f.lookedAfterStatus(),
                f.placementType(),
                f.placementDetail(),
                version);
    }
}
